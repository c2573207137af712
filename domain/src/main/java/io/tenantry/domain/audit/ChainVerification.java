package io.tenantry.domain.audit;

import java.util.Optional;

/** The outcome of checking a tenant's audit chain: rows checked and the first row that broke it. */
public record ChainVerification(long checked, Optional<AuditEventId> firstBroken) {
  public boolean valid() {
    return firstBroken.isEmpty();
  }
}
