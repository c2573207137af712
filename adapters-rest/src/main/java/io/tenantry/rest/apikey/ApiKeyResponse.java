package io.tenantry.rest.apikey;

import io.tenantry.application.apikey.ApiKeyView;
import io.tenantry.domain.user.Role;
import io.tenantry.rest.openapi.ApiDoc;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A personal API key as lists show it: never the key itself. */
@Schema(name = "ApiKey", description = "A personal API key; the key itself is shown only once")
public record ApiKeyResponse(
    UUID id,
    String name,
    String prefix,
    @Schema(ref = ApiDoc.ROLES, description = "The role limit; null acts with all the user's roles")
        List<String> roles,
    Instant expiresAt,
    Instant createdAt,
    Instant lastUsedAt) {

  public static ApiKeyResponse from(ApiKeyView view) {
    return new ApiKeyResponse(
        view.id().value(),
        view.name(),
        view.prefix(),
        view.roles().map(rs -> rs.stream().map(Role::name).sorted().toList()).orElse(null),
        view.expiresAt().orElse(null),
        view.createdAt(),
        view.lastUsedAt().orElse(null));
  }
}
