package io.tenantry.rest.session;

import io.tenantry.application.session.SessionView;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A live session as the API shows it. */
@Schema(
    name = "Session",
    description = "One login and its chain of refresh tokens; its id is the sid claim")
public record SessionResponse(
    UUID id,
    Instant createdAt,
    @Schema(description = "When the session last refreshed (or logged in)") Instant lastUsedAt,
    @Schema(nullable = true) String ip,
    @Schema(nullable = true) String userAgent,
    @Schema(nullable = true, description = "The OAuth client; null for the JSON API")
        String clientId,
    @Schema(description = "Whether the call came with this session's access token")
        boolean current) {

  public static SessionResponse from(SessionView view) {
    return new SessionResponse(
        view.id(),
        view.createdAt(),
        view.lastUsedAt(),
        view.ip().orElse(null),
        view.userAgent().orElse(null),
        view.clientId().orElse(null),
        view.current());
  }
}
