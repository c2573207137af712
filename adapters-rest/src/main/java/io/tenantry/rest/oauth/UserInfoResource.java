package io.tenantry.rest.oauth;

import io.tenantry.application.UseCases;
import io.tenantry.application.oauth.UserInfo;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.UnavailableException;
import io.tenantry.domain.user.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OpenID Connect UserInfo endpoint, {@code GET|POST /oauth2/userinfo} (Bearer). */
@Path("/oauth2/userinfo")
@Tag(name = "OAuth 2.0")
public class UserInfoResource {
  private static final String BEARER = "bearer ";

  @Inject UseCases useCases;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "oauth2UserInfo", summary = "Claims about the token's user (OIDC)")
  @APIResponse(responseCode = "200", description = "sub, email, email_verified, name, tenant, tid")
  @APIResponse(responseCode = "401", description = "invalid_token (WWW-Authenticate: Bearer)")
  public Response get(HttpHeaders headers) {
    return userInfo(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "oauth2UserInfoPost", summary = "The same, by POST")
  @APIResponse(responseCode = "200", description = "sub, email, email_verified, name, tenant, tid")
  @APIResponse(responseCode = "401", description = "invalid_token (WWW-Authenticate: Bearer)")
  public Response post(HttpHeaders headers) {
    return userInfo(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
  }

  private Response userInfo(String authorization) {
    try {
      return OAuthResponses.ok(claims(useCases.readUserInfo.read(bearer(authorization))));
    } catch (UnavailableException e) {
      throw e;
    } catch (DomainException e) {
      return OAuthErrors.bearer(e);
    }
  }

  private static String bearer(String header) {
    if (header == null
        || header.length() <= BEARER.length()
        || !header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      throw new AuthenticationException("unauthenticated", "a bearer access token is required");
    }
    return header.substring(BEARER.length()).strip();
  }

  private static Map<String, Object> claims(UserInfo info) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sub", info.subject().toString());
    body.put("email", info.email().value());
    body.put("email_verified", info.emailVerified());
    body.put("name", info.name().value());
    body.put("tenant", info.tenant().slug().value());
    body.put("tid", info.tenant().id().toString());
    body.put("groups", info.groups().stream().map(Role::name).sorted().toList());
    return body;
  }
}
