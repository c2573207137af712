package io.tenantry.rest.audit;

import io.tenantry.domain.audit.AuditEventId;
import io.tenantry.domain.audit.ChainVerification;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of verifying a tenant's audit chain. */
@Schema(name = "ChainVerification")
public record ChainVerificationResponse(boolean valid, long checked, UUID firstBrokenId) {
  public static ChainVerificationResponse from(ChainVerification result) {
    return new ChainVerificationResponse(
        result.valid(),
        result.checked(),
        result.firstBroken().map(AuditEventId::value).orElse(null));
  }
}
