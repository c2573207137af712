package io.tenantry.persistence.audit;

import io.tenantry.domain.audit.AuditAnchor;
import io.tenantry.domain.audit.AuditChain;
import io.tenantry.domain.audit.AuditChainVerifier;
import io.tenantry.domain.audit.AuditDayCount;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditEventId;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.audit.AuditQuery;
import io.tenantry.domain.audit.AuditSort;
import io.tenantry.domain.audit.ChainLink;
import io.tenantry.domain.audit.ChainVerification;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.WorkKind;
import io.tenantry.domain.user.UserId;
import io.tenantry.persistence.shared.BoundedTotals;
import io.tenantry.persistence.shared.Conditions;
import io.tenantry.persistence.shared.CustomPlans;
import io.tenantry.persistence.shared.Pages;
import io.tenantry.persistence.work.WorkMarks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/** The audit trail of the tenant whose schema the current unit of work is bound to. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

  private static final Map<AuditSort, String> SORT_ATTRIBUTES =
      Map.of(AuditSort.OCCURRED_AT, "occurredAt", AuditSort.TYPE, "type");
  private static final int BATCH = 500;
  private static final int INSERT_BATCH = 100;

  // Transaction-scoped advisory lock keyed by schema: appends in one tenant queue up, so each
  // reads the hash the previous one committed and the chain stays linear.
  private static final String LOCK_CHAIN =
      "select 1 from (select pg_advisory_xact_lock(hashtext(current_schema() || ':audit'))) l";

  @Inject EntityManager entityManager;
  @Inject OtherTrailAppender otherTrails;
  @Inject BoundedTotals totals;
  @Inject CustomPlans customPlans;
  @Inject WorkMarks marks;

  @Override
  public void append(AuditEvent event) {
    appendAll(List.of(event));
  }

  @Override
  public void appendAll(List<AuditEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    entityManager.createNativeQuery(LOCK_CHAIN).getSingleResult();
    marks.markCurrent(WorkKind.AUDIT_TRAIL);
    if (events.size() == 1) {
      // The common case (a login, a change): the predecessor read and the insert in one statement.
      entityManager
          .unwrap(Session.class)
          .doWork(connection -> OneStatementAppend.append(connection, events.get(0)));
      return;
    }
    String prev =
        AuditEventEntity.<AuditEventEntity>find("order by seq desc")
            .firstResultOptional()
            .map(row -> row.hash)
            .orElse(AuditChain.GENESIS);
    // The inserts go in JDBC batches, in list order: seq follows it, so each row's predecessor
    // is the one before it here.
    entityManager.unwrap(Session.class).setJdbcBatchSize(INSERT_BATCH);
    List<AuditEventEntity> rows = new ArrayList<>(events.size());
    for (AuditEvent event : events) {
      String hash = AuditChain.hash(prev, event);
      rows.add(AuditEventMapper.toNewEntity(event, prev, hash));
      prev = hash;
    }
    AuditEventEntity.persist(rows);
    // Flush now so a later append of the same unit of work reads the last one as its predecessor;
    // rows never change, so later flushes need not check them.
    AuditEventEntity.flush();
    rows.forEach(entityManager::detach);
  }

  @Override
  public void appendTo(TenantSlug trail, AuditEvent event) {
    otherTrails.append(trail, event);
  }

  @Override
  public Page<AuditEvent> search(AuditQuery query) {
    Conditions where =
        new Conditions()
            .when(query.type().map(type -> type.wireName()), "type = :type", "type")
            .when(query.actor().map(actor -> actor.value()), "actorId = :actor", "actor")
            .when(query.from(), "occurredAt >= :from", "from")
            .when(query.to(), "occurredAt < :to", "to");
    customPlans.forFiltered(where);
    List<AuditEvent> items =
        Pages.read(
                AuditEventEntity.<AuditEventEntity>find(
                    where.hql(), Pages.sortOf(query.page(), SORT_ATTRIBUTES), where.parameters()),
                query.page())
            .stream()
            .map(AuditEventMapper::toDomain)
            .toList();
    return totals.page(
        items,
        query.page(),
        "AuditEventEntity",
        where,
        Pages.orderBy(query.page(), SORT_ATTRIBUTES));
  }

  @Override
  public List<AuditEvent> involving(UserId user, int limit) {
    return AuditEventEntity.<AuditEventEntity>find(
            "actorId = ?1 or (targetType = 'user' and targetId = ?2) order by seq desc",
            user.value(),
            user.value().toString())
        .range(0, limit - 1)
        .list()
        .stream()
        .map(AuditEventMapper::toDomain)
        .toList();
  }

  @Override
  public ChainVerification verify() {
    AuditChainVerifier verifier = new AuditChainVerifier();
    long after = Long.MIN_VALUE;
    long before;
    do {
      before = verifier.checked();
      after = verifyPage(verifier, after, BATCH);
    } while (verifier.checked() - before == BATCH);
    return verifier.result();
  }

  @Override
  public long verifyPage(AuditChainVerifier verifier, long after, int limit) {
    List<AuditEventEntity> batch =
        AuditEventEntity.<AuditEventEntity>find("seq > ?1 order by seq", after)
            .page(0, limit)
            .list();
    long last = after;
    for (AuditEventEntity row : batch) {
      check(verifier, row);
      last = row.seq;
    }
    // Read-only walk: forget what was read so a long trail does not fill the session.
    entityManager.clear();
    return last;
  }

  @Override
  public Optional<ChainLink> head() {
    return AuditEventEntity.<AuditEventEntity>find("order by seq desc")
        .firstResultOptional()
        .map(row -> new ChainLink(row.seq, row.hash));
  }

  @Override
  public Optional<String> hashAt(long sequence) {
    return AuditEventEntity.<AuditEventEntity>find("seq", sequence)
        .firstResultOptional()
        .map(row -> row.hash);
  }

  @Override
  public Optional<AuditAnchor> latestAnchor() {
    return AuditAnchors.latest(entityManager);
  }

  @Override
  public void saveAnchor(AuditAnchor anchor) {
    AuditAnchors.save(entityManager, anchor);
  }

  private static void check(AuditChainVerifier verifier, AuditEventEntity row) {
    try {
      verifier.check(AuditEventMapper.toChained(row));
    } catch (RuntimeException mangled) {
      verifier.unreadable(new AuditEventId(row.id), row.hash);
    }
  }

  @Override
  public long purgeBefore(Instant cutoff) {
    // A prefix of the chain by seq, never a row in the middle, so the oldest remaining row's
    // previous hash can serve as the start of verification; the row the newest anchor names
    // stays, so a quiet trail purged to nothing still verifies against its anchor.
    Long firstKept =
        entityManager
            .createQuery(
                "select min(seq) from AuditEventEntity where occurredAt >= :cutoff", Long.class)
            .setParameter("cutoff", cutoff)
            .getSingleResult();
    long keepFrom = firstKept == null ? Long.MAX_VALUE : firstKept;
    keepFrom = Math.min(keepFrom, latestAnchor().map(AuditAnchor::sequence).orElse(keepFrom));
    return AuditEventEntity.delete("seq < ?1", keepFrom);
  }

  @Override
  public List<AuditDayCount> countPerDay(Set<AuditEventType> types, Instant from, Instant to) {
    if (types.isEmpty()) {
      return List.of();
    }
    // Grouped in the database over the occurred_at index: one row per day and type, however many
    // events the window holds.
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD'), type,"
                    + " count(*) from audit_events where occurred_at >= :from and occurred_at < :to"
                    + " and type in (:types) group by 1, 2")
            .setParameter("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
            .setParameter("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
            .setParameter("types", types.stream().map(AuditEventType::wireName).toList())
            .getResultList();
    return rows.stream().map(row -> dayCount((Object[]) row)).toList();
  }

  private static AuditDayCount dayCount(Object[] row) {
    return new AuditDayCount(
        LocalDate.parse((String) row[0]),
        AuditEventType.byWireName((String) row[1]).orElseThrow(),
        ((Number) row[2]).longValue());
  }
}
