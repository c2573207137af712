package io.tenantry.web;

import org.jboss.resteasy.reactive.RestQuery;

/** The parameters of an authorization request, as a client sends them in the query. */
public class AuthorizeQuery {
  @RestQuery("client_id")
  String clientId;

  @RestQuery("redirect_uri")
  String redirectUri;

  @RestQuery("response_type")
  String responseType;

  @RestQuery("scope")
  String scope;

  @RestQuery("state")
  String state;

  @RestQuery("nonce")
  String nonce;

  @RestQuery("code_challenge")
  String codeChallenge;

  @RestQuery("code_challenge_method")
  String codeChallengeMethod;

  @RestQuery("prompt")
  String prompt;

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
        prompt);
  }
}
