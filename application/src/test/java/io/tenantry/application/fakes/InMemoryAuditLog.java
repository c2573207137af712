package io.tenantry.application.fakes;

import io.tenantry.domain.audit.AuditChain;
import io.tenantry.domain.audit.AuditChainVerifier;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.audit.AuditQuery;
import io.tenantry.domain.audit.AuditSort;
import io.tenantry.domain.audit.ChainVerification;
import io.tenantry.domain.audit.ChainedAuditEvent;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.domain.tenant.TenantSlug;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each tenant's chained audit trail in a list, oldest first, as the schema-per-tenant log keeps it.
 */
public final class InMemoryAuditLog implements AuditLog {
  private final InMemoryUnitOfWork unitOfWork;
  private final Map<TenantSlug, List<ChainedAuditEvent>> byTenant = new HashMap<>();

  public InMemoryAuditLog(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public synchronized void append(AuditEvent event) {
    List<ChainedAuditEvent> rows = rows();
    String prev = rows.isEmpty() ? AuditChain.GENESIS : rows.get(rows.size() - 1).hash();
    rows.add(new ChainedAuditEvent(event, prev, AuditChain.hash(prev, event)));
  }

  @Override
  public synchronized Page<AuditEvent> search(AuditQuery query) {
    List<AuditEvent> matching =
        rows().stream()
            .map(ChainedAuditEvent::event)
            .filter(e -> query.type().map(t -> t == e.type()).orElse(true))
            .filter(e -> query.actor().map(a -> a.equals(e.actorId())).orElse(true))
            .filter(e -> query.from().map(f -> !e.occurredAt().isBefore(f)).orElse(true))
            .filter(e -> query.to().map(t -> e.occurredAt().isBefore(t)).orElse(true))
            .sorted(order(query.page().sort()))
            .toList();
    int from = Math.min(query.page().offset(), matching.size());
    int to = Math.min(from + query.page().size(), matching.size());
    return new Page<>(
        matching.subList(from, to), query.page().page(), query.page().size(), matching.size());
  }

  /**
   * By the sort field (a type by its wire name, as the database stores it), then appended order.
   */
  private static Comparator<AuditEvent> order(SortOrder<AuditSort> sort) {
    Comparator<AuditEvent> order =
        switch (sort.field()) {
          case OCCURRED_AT -> Comparator.comparing(AuditEvent::occurredAt);
          case TYPE -> Comparator.comparing(e -> e.type().wireName());
        };
    return sort.ascending() ? order : order.reversed();
  }

  @Override
  public synchronized ChainVerification verify() {
    AuditChainVerifier verifier = new AuditChainVerifier();
    rows().forEach(verifier::check);
    return verifier.result();
  }

  @Override
  public synchronized long purgeBefore(Instant cutoff) {
    List<ChainedAuditEvent> rows = rows();
    int keepFrom = 0;
    while (keepFrom < rows.size() && rows.get(keepFrom).event().occurredAt().isBefore(cutoff)) {
      keepFrom++;
    }
    rows.subList(0, keepFrom).clear();
    return keepFrom;
  }

  /** Every event of {@code tenant}, oldest first, for assertions. */
  public synchronized List<AuditEvent> events(String tenant) {
    return byTenant.getOrDefault(new TenantSlug(tenant), List.of()).stream()
        .map(ChainedAuditEvent::event)
        .toList();
  }

  public List<AuditEvent> events(String tenant, AuditEventType type) {
    return events(tenant).stream().filter(e -> e.type() == type).toList();
  }

  /** Replaces a stored row as someone with database access could. */
  public synchronized void tamper(String tenant, int index, AuditEvent replacement) {
    List<ChainedAuditEvent> rows = byTenant.get(new TenantSlug(tenant));
    ChainedAuditEvent row = rows.get(index);
    rows.set(index, new ChainedAuditEvent(replacement, row.prevHash(), row.hash()));
  }

  private List<ChainedAuditEvent> rows() {
    return byTenant.computeIfAbsent(unitOfWork.currentTenant(), t -> new ArrayList<>());
  }
}
