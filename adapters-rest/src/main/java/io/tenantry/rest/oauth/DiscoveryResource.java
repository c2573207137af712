package io.tenantry.rest.oauth;

import io.tenantry.application.auth.IssuerUrls;
import io.tenantry.application.auth.PublishedKeys;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The provider metadata that lets stock libraries work from the issuer URL alone: OpenID Connect
 * Discovery 1.0 and RFC 8414, one document at both well-known paths.
 */
@Path("/.well-known")
@Tag(name = "OAuth 2.0")
public class DiscoveryResource {
  @Inject IssuerUrls urls;
  @Inject PublishedKeys keys;

  @GET
  @Path("/openid-configuration")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "openidConfiguration", summary = "OpenID Connect Discovery document")
  @APIResponse(responseCode = "200", description = "The provider metadata")
  public Response openidConfiguration() {
    return document();
  }

  @GET
  @Path("/oauth-authorization-server")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "oauthAuthorizationServer", summary = "RFC 8414 metadata")
  @APIResponse(responseCode = "200", description = "The provider metadata")
  public Response authorizationServer() {
    return document();
  }

  private Response document() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(metadata(), MediaType.APPLICATION_JSON_TYPE).cacheControl(cache).build();
  }

  private Map<String, Object> metadata() {
    List<String> clientAuth = List.of("client_secret_basic", "client_secret_post", "none");
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("issuer", urls.issuer());
    doc.put("jwks_uri", urls.endpoint("/.well-known/jwks.json"));
    doc.put("authorization_endpoint", urls.endpoint("/oauth2/authorize"));
    doc.put("token_endpoint", urls.endpoint("/oauth2/token"));
    doc.put("userinfo_endpoint", urls.endpoint("/oauth2/userinfo"));
    doc.put("introspection_endpoint", urls.endpoint("/oauth2/introspect"));
    doc.put("revocation_endpoint", urls.endpoint("/oauth2/revoke"));
    doc.put("end_session_endpoint", urls.endpoint("/oauth2/logout"));
    doc.put("response_types_supported", List.of("code"));
    doc.put("response_modes_supported", List.of("query"));
    doc.put(
        "grant_types_supported",
        List.of("authorization_code", "refresh_token", "client_credentials"));
    doc.put("code_challenge_methods_supported", List.of("S256"));
    doc.put("subject_types_supported", List.of("public"));
    doc.put("id_token_signing_alg_values_supported", List.of(keys.signingAlgorithm()));
    doc.put("token_endpoint_auth_methods_supported", clientAuth);
    doc.put("revocation_endpoint_auth_methods_supported", clientAuth);
    doc.put(
        "introspection_endpoint_auth_methods_supported",
        List.of("client_secret_basic", "client_secret_post"));
    doc.put("scopes_supported", List.of("openid", "email", "profile", "offline_access"));
    doc.put(
        "claims_supported",
        List.of(
            "iss",
            "sub",
            "aud",
            "exp",
            "iat",
            "auth_time",
            "nonce",
            "sid",
            "email",
            "email_verified",
            "name",
            "tenant",
            "tid",
            "groups",
            "amr"));
    return doc;
  }
}
