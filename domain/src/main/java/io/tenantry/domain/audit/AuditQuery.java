package io.tenantry.domain.audit;

import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Filters for the audit trail: type, actor and a time window ({@code from} ≤ t &lt; {@code to}).
 */
public record AuditQuery(
    Optional<AuditEventType> type,
    Optional<UserId> actor,
    Optional<Instant> from,
    Optional<Instant> to,
    PageRequest page) {
  public static final Set<String> SORTABLE = Set.of("occurred_at", "type");
  public static final SortOrder DEFAULT_SORT = new SortOrder("occurred_at", false);
}
