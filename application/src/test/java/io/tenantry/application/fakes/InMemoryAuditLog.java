package io.tenantry.application.fakes;

import io.tenantry.domain.audit.AuditAnchor;
import io.tenantry.domain.audit.AuditChain;
import io.tenantry.domain.audit.AuditChainVerifier;
import io.tenantry.domain.audit.AuditDayCount;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.audit.AuditQuery;
import io.tenantry.domain.audit.AuditSort;
import io.tenantry.domain.audit.ChainLink;
import io.tenantry.domain.audit.ChainVerification;
import io.tenantry.domain.audit.ChainedAuditEvent;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.WorkKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each tenant's chained audit trail in a list, oldest first, as the schema-per-tenant log keeps it;
 * a row's sequence number is its position since the trail began (purged rows still count).
 */
public final class InMemoryAuditLog implements AuditLog {
  private final InMemoryUnitOfWork unitOfWork;
  private final InMemoryPendingWork pendingWork;
  private final Map<TenantSlug, List<ChainedAuditEvent>> byTenant = new HashMap<>();
  private final Map<TenantSlug, Long> purged = new HashMap<>();
  private final Map<TenantSlug, List<AuditAnchor>> anchors = new HashMap<>();

  public InMemoryAuditLog(InMemoryUnitOfWork unitOfWork, InMemoryPendingWork pendingWork) {
    this.unitOfWork = unitOfWork;
    this.pendingWork = pendingWork;
  }

  @Override
  public synchronized void append(AuditEvent event) {
    appendTo(unitOfWork.currentTenant(), event);
  }

  @Override
  public synchronized void appendTo(TenantSlug trail, AuditEvent event) {
    List<ChainedAuditEvent> rows = byTenant.computeIfAbsent(trail, t -> new ArrayList<>());
    String prev = rows.isEmpty() ? AuditChain.GENESIS : rows.get(rows.size() - 1).hash();
    rows.add(new ChainedAuditEvent(event, prev, AuditChain.hash(prev, event)));
    pendingWork.mark(trail, WorkKind.AUDIT_TRAIL);
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

  @Override
  public synchronized List<AuditEvent> involving(io.tenantry.domain.user.UserId user, int limit) {
    List<AuditEvent> mine =
        new ArrayList<>(
            rows().stream()
                .map(ChainedAuditEvent::event)
                .filter(
                    e ->
                        user.equals(e.actorId())
                            || ("user".equals(e.targetType())
                                && user.toString().equals(e.targetId())))
                .toList());
    java.util.Collections.reverse(mine);
    return mine.subList(0, Math.min(limit, mine.size()));
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
  public synchronized long verifyPage(AuditChainVerifier verifier, long after, int limit) {
    List<ChainedAuditEvent> rows = rows();
    long first = firstSequence();
    long last = after;
    int from = (int) Math.max(0, after + 1 - first);
    for (int i = from; i < rows.size() && i < from + limit; i++) {
      verifier.check(rows.get(i));
      last = first + i;
    }
    return last;
  }

  @Override
  public synchronized Optional<ChainLink> head() {
    List<ChainedAuditEvent> rows = rows();
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new ChainLink(firstSequence() + rows.size() - 1, rows.get(rows.size() - 1).hash()));
  }

  @Override
  public synchronized Optional<String> hashAt(long sequence) {
    List<ChainedAuditEvent> rows = rows();
    long index = sequence - firstSequence();
    return index < 0 || index >= rows.size()
        ? Optional.empty()
        : Optional.of(rows.get((int) index).hash());
  }

  @Override
  public synchronized Optional<AuditAnchor> latestAnchor() {
    List<AuditAnchor> all = anchors.getOrDefault(unitOfWork.currentTenant(), List.of());
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  @Override
  public synchronized void saveAnchor(AuditAnchor anchor) {
    anchors.computeIfAbsent(unitOfWork.currentTenant(), t -> new ArrayList<>()).add(anchor);
  }

  @Override
  public synchronized long purgeBefore(Instant cutoff) {
    List<ChainedAuditEvent> rows = rows();
    long keepAnchored =
        latestAnchor().map(a -> a.sequence() - firstSequence()).orElse((long) rows.size());
    int keepFrom = 0;
    while (keepFrom < rows.size()
        && keepFrom < keepAnchored
        && rows.get(keepFrom).event().occurredAt().isBefore(cutoff)) {
      keepFrom++;
    }
    rows.subList(0, keepFrom).clear();
    purged.merge(unitOfWork.currentTenant(), (long) keepFrom, Long::sum);
    return keepFrom;
  }

  @Override
  public synchronized List<AuditDayCount> countPerDay(
      Set<AuditEventType> types, Instant from, Instant to) {
    Map<AuditDayCount, Long> counts =
        rows().stream()
            .map(ChainedAuditEvent::event)
            .filter(e -> types.contains(e.type()))
            .filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to))
            .collect(
                Collectors.groupingBy(
                    e ->
                        new AuditDayCount(
                            LocalDate.ofInstant(e.occurredAt(), ZoneOffset.UTC), e.type(), 0),
                    Collectors.counting()));
    return counts.entrySet().stream()
        .map(c -> new AuditDayCount(c.getKey().day(), c.getKey().type(), c.getValue()))
        .toList();
  }

  /** Removes the newest {@code count} rows, as someone with database access could. */
  public synchronized void truncate(String tenant, int count) {
    List<ChainedAuditEvent> rows = byTenant.get(new TenantSlug(tenant));
    rows.subList(rows.size() - count, rows.size()).clear();
  }

  /** Replaces the newest anchor, as someone with database access but without the key could. */
  public synchronized void forgeAnchor(String tenant, AuditAnchor forged) {
    List<AuditAnchor> all = anchors.get(new TenantSlug(tenant));
    all.set(all.size() - 1, forged);
  }

  private long firstSequence() {
    return 1 + purged.getOrDefault(unitOfWork.currentTenant(), 0L);
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
