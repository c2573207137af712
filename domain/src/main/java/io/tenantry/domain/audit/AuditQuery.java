package io.tenantry.domain.audit;

import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Filters for the audit trail: type, actor and a time window ({@code from} ≤ t &lt; {@code to}).
 */
public record AuditQuery(
    Optional<AuditEventType> type,
    Optional<UserId> actor,
    Optional<Instant> from,
    Optional<Instant> to,
    PageRequest<AuditSort> page) {
  public static final SortOrder<AuditSort> DEFAULT_SORT = SortOrder.desc(AuditSort.OCCURRED_AT);

  public AuditQuery {
    if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
      throw new RuleViolationException("from", "must be before to");
    }
  }
}
