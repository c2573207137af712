package io.tenantry.rest.audit;

import io.tenantry.domain.audit.AuditEventId;
import io.tenantry.domain.audit.ChainVerification;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of verifying a tenant's audit chain; {@code reason} says why it is broken ({@code
 * altered}, {@code truncated}, {@code anchor_forged}), {@code anchored_at} when the newest anchor
 * checked was made.
 */
@Schema(name = "ChainVerification")
public record ChainVerificationResponse(
    boolean valid, long checked, UUID firstBrokenId, String reason, Instant anchoredAt) {
  public static ChainVerificationResponse from(ChainVerification result) {
    return new ChainVerificationResponse(
        result.valid(),
        result.checked(),
        result.firstBroken().map(AuditEventId::value).orElse(null),
        result.reason().orElse(null),
        result.anchoredAt().orElse(null));
  }
}
