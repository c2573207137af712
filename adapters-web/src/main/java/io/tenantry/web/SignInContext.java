package io.tenantry.web;

import io.tenantry.application.client.TenantClient;
import io.tenantry.application.oauth.CodeRequest;
import io.tenantry.application.session.HostedSignIn;
import io.tenantry.domain.client.ClientId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a hosted sign-in goes on after its second step, and what its forms repeat: back to an OAuth
 * client with a code (the authorization request in hidden fields), or to {@code /account} or the
 * console (the tenant and the target in hidden fields). {@code client} is what the {@code
 * mfa_token} is bound to.
 */
record SignInContext(
    String tenantName,
    String clientName,
    Map<String, String> hidden,
    ClientId client,
    String redirectOrigin,
    CodeRequest code,
    String state,
    String continueUrl,
    String restartUrl) {

  /** The sign-in of a checked authorization request, which ends with a redirect to the client. */
  static SignInContext of(TenantClient client, AuthorizeRequest request, CodeRequest code) {
    Map<String, String> hidden = request.hiddenFields();
    // Signed in, the same request answers with a code at once.
    String again = RedirectUris.withParams("/oauth2/authorize", hidden).toString();
    return new SignInContext(
        client.tenant().name().value(),
        client.client().name().value(),
        hidden,
        client.client().id(),
        RedirectUris.origin(request.redirectUri()),
        code,
        request.state(),
        again,
        again);
  }

  /** The sign-in of {@code /account}, or of the console when {@code next} names it. */
  static SignInContext account(String slug, String tenantName, String next) {
    Map<String, String> hidden = new LinkedHashMap<>();
    hidden.put("tenant", slug);
    hidden.putAll(SignInTarget.hidden(next));
    return new SignInContext(
        tenantName,
        "",
        hidden,
        HostedSignIn.ACCOUNT_PAGES,
        null,
        null,
        null,
        SignInTarget.after(next),
        RedirectUris.withParams("/sign-in", hidden).toString());
  }

  boolean redirectsToClient() {
    return redirectOrigin != null;
  }
}
