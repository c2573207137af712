package io.tenantry.application.oauth;

import io.tenantry.application.client.TenantClient;
import io.tenantry.domain.client.Scope;
import java.util.Optional;

/**
 * A checked authorization request (the adapter has matched the redirect URI and required PKCE
 * S256): what the code about to be issued is bound to.
 */
public record CodeRequest(
    TenantClient client,
    String redirectUri,
    String codeChallenge,
    Optional<String> nonce,
    Scope scope) {}
