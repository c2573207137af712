package io.tenantry.application.audit;

import io.tenantry.domain.audit.AuditAnchor;
import io.tenantry.domain.audit.AuditAnchorKey;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.audit.ChainVerification;
import io.tenantry.domain.tenant.TenantId;
import java.util.Optional;

/** What is wrong with an anchor of the current trail, if anything: forged, or its row is gone. */
final class AnchorProblems {
  private AnchorProblems() {}

  static Optional<String> of(
      AuditLog log, AuditAnchorKey key, TenantId tenant, AuditAnchor anchor) {
    if (!key.signed(tenant, anchor)) {
      return Optional.of(ChainVerification.ANCHOR_FORGED);
    }
    boolean present = log.hashAt(anchor.sequence()).filter(anchor.hash()::equals).isPresent();
    return present ? Optional.empty() : Optional.of(ChainVerification.TRUNCATED);
  }
}
