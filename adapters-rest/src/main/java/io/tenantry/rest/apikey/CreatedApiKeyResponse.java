package io.tenantry.rest.apikey;

import io.tenantry.application.apikey.NewApiKey;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key just created, with the key itself: shown this once, never again. */
@Schema(name = "CreatedApiKey")
public record CreatedApiKeyResponse(
    UUID id,
    String name,
    @Schema(description = "tnt_ followed by 65 URL-safe characters; shown once") String key,
    String prefix,
    Instant expiresAt,
    Instant createdAt) {

  static CreatedApiKeyResponse from(NewApiKey created) {
    return new CreatedApiKeyResponse(
        created.view().id().value(),
        created.view().name(),
        created.key(),
        created.view().prefix(),
        created.view().expiresAt().orElse(null),
        created.view().createdAt());
  }

  @Override
  public String toString() {
    return "CreatedApiKeyResponse[" + id + ", key redacted]";
  }
}
