package io.tenantry.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of an authorization request as sent (RFC 6749 §4.1.1, RFC 7636 §4.3, OIDC Core
 * §3.1.2.1); {@link AuthorizeChecks} decides what they are worth.
 */
public record AuthorizeRequest(
    String clientId,
    String redirectUri,
    String responseType,
    String scope,
    String state,
    String nonce,
    String codeChallenge,
    String codeChallengeMethod,
    String prompt) {

  /** The hidden fields of the sign-in form, so that its POST repeats this request. */
  Map<String, String> hiddenFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    put(fields, "client_id", clientId);
    put(fields, "redirect_uri", redirectUri);
    put(fields, "response_type", responseType);
    put(fields, "scope", scope);
    put(fields, "state", state);
    put(fields, "nonce", nonce);
    put(fields, "code_challenge", codeChallenge);
    put(fields, "code_challenge_method", codeChallengeMethod);
    return fields;
  }

  boolean promptsFor(String value) {
    return prompt != null && List.of(prompt.strip().split(" +")).contains(value);
  }

  private static void put(Map<String, String> fields, String name, String value) {
    if (value != null) {
      fields.put(name, value);
    }
  }
}
