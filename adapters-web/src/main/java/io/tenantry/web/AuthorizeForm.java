package io.tenantry.web;

import org.jboss.resteasy.reactive.RestForm;

/** The same parameters, repeated in the hidden fields of the sign-in form it posts. */
public class AuthorizeForm {
  @RestForm("client_id")
  String clientId;

  @RestForm("redirect_uri")
  String redirectUri;

  @RestForm("response_type")
  String responseType;

  @RestForm("scope")
  String scope;

  @RestForm("state")
  String state;

  @RestForm("nonce")
  String nonce;

  @RestForm("code_challenge")
  String codeChallenge;

  @RestForm("code_challenge_method")
  String codeChallengeMethod;

  AuthorizeRequest request() {
    return new AuthorizeRequest(
        clientId,
        redirectUri,
        responseType,
        scope,
        state,
        nonce,
        codeChallenge,
        codeChallengeMethod,
        null);
  }
}
