package io.tenantry.rest.audit;

import io.tenantry.domain.audit.AuditEventId;
import io.tenantry.domain.audit.ChainVerification;
import java.util.UUID;

/** The outcome of verifying a tenant's audit chain. */
public record ChainVerificationResponse(boolean valid, long checked, UUID firstBrokenId) {
  public static ChainVerificationResponse from(ChainVerification result) {
    return new ChainVerificationResponse(
        result.valid(),
        result.checked(),
        result.firstBroken().map(AuditEventId::value).orElse(null));
  }
}
