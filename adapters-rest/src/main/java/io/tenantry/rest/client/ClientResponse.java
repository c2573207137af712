package io.tenantry.rest.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tenantry.application.client.ClientView;
import io.tenantry.application.client.RegisteredClient;
import io.tenantry.domain.client.RedirectUri;
import io.tenantry.domain.user.Role;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A client as the API shows it; {@code client_secret} only in the answer that created or rotated
 * it. {@code id} and {@code client_id} are the same value.
 */
@Schema(name = "Client")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientResponse(
    String id,
    String clientId,
    String name,
    @Schema(enumeration = {"public", "confidential", "service"}) String type,
    List<String> redirectUris,
    List<String> postLogoutRedirectUris,
    List<String> roles,
    @Schema(nullable = true) String audience,
    @Schema(description = "Shown once, when created or rotated") String clientSecret,
    Instant createdAt,
    Instant updatedAt) {

  public static ClientResponse from(ClientView view) {
    return new ClientResponse(
        view.id().value(),
        view.id().value(),
        view.name().value(),
        view.type().wireName(),
        view.redirectUris().stream().map(RedirectUri::value).toList(),
        view.postLogoutRedirectUris().stream().map(RedirectUri::value).toList(),
        view.roles().stream().map(Role::name).sorted().toList(),
        view.audience().orElse(null),
        null,
        view.createdAt(),
        view.updatedAt());
  }

  public static ClientResponse from(RegisteredClient registered) {
    ClientResponse shown = from(registered.client());
    return new ClientResponse(
        shown.id,
        shown.clientId,
        shown.name,
        shown.type,
        shown.redirectUris,
        shown.postLogoutRedirectUris,
        shown.roles,
        shown.audience,
        registered.secret().orElse(null),
        shown.createdAt,
        shown.updatedAt);
  }

  @Override
  public String toString() {
    return "ClientResponse[" + id + ", secret redacted]";
  }
}
