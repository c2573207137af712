package io.tenantry.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditAnchor;
import io.tenantry.domain.audit.AuditChainVerifier;
import io.tenantry.domain.audit.AuditDayCount;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditEventId;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.audit.AuditQuery;
import io.tenantry.domain.audit.AuditSort;
import io.tenantry.domain.audit.ChainLink;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLog} must do, run against the in-memory fake and the JPA adapter on
 * PostgreSQL: filters, order and paging of the trail, and a chain that verifies before and after a
 * purge.
 */
public abstract class AuditLogContract {
  private static final Instant T0 = Instant.parse("2026-01-31T12:00:00Z");
  private static final UserId ALICE = UserId.random();
  private static final UserId BOB = UserId.random();

  private TenantRef tenant;

  protected abstract UnitOfWork unitOfWork();

  protected abstract AuditLog log();

  /** A tenant of its own for each test, with an empty trail. */
  protected abstract TenantRef newTenant();

  @BeforeEach
  void appendThreeEvents() {
    tenant = newTenant();
    append(T0, AuditEventType.USER_UPDATED, ALICE);
    append(T0.plusSeconds(1), AuditEventType.LOGIN_SUCCEEDED, BOB);
    append(T0.plusSeconds(2), AuditEventType.USER_CREATED, ALICE);
  }

  @Test
  void shouldListNewestFirstByDefaultWithPaging() {
    Page<AuditEvent> second = search(query(Optional.empty(), Optional.empty(), 1, 2, null));

    assertThat(second.total()).isEqualTo(3);
    assertThat(types(second)).containsExactly(AuditEventType.USER_UPDATED);
  }

  @Test
  void shouldFilterByTypeActorAndTimeWindow() {
    assertThat(types(search(query(Optional.of(ALICE), Optional.empty(), 0, 10, null))))
        .containsExactly(AuditEventType.USER_CREATED, AuditEventType.USER_UPDATED);
    assertThat(
            types(
                search(
                    query(
                        Optional.empty(),
                        Optional.of(AuditEventType.LOGIN_SUCCEEDED),
                        0,
                        10,
                        null))))
        .containsExactly(AuditEventType.LOGIN_SUCCEEDED);
    AuditQuery window =
        new AuditQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.of(T0.plusSeconds(1)),
            Optional.of(T0.plusSeconds(2)),
            PageRequest.first(AuditQuery.DEFAULT_SORT));
    assertThat(types(search(window))).containsExactly(AuditEventType.LOGIN_SUCCEEDED);
  }

  @Test
  void shouldSortByTheTypesWireName() {
    Page<AuditEvent> byType =
        search(query(Optional.empty(), Optional.empty(), 0, 10, SortOrder.asc(AuditSort.TYPE)));

    assertThat(types(byType))
        .containsExactly(
            AuditEventType.LOGIN_SUCCEEDED,
            AuditEventType.USER_CREATED,
            AuditEventType.USER_UPDATED);
  }

  @Test
  void shouldKeepAVerifiableChainAfterPurgingTheOldestEvents() {
    assertThat(unitOfWork().inTenant(tenant, () -> log().verify()).valid()).isTrue();

    long purged = unitOfWork().inTenant(tenant, () -> log().purgeBefore(T0.plusSeconds(2)));

    assertThat(purged).isEqualTo(2);
    assertThat(unitOfWork().inTenant(tenant, () -> log().verify()).valid()).isTrue();
    assertThat(types(search(query(Optional.empty(), Optional.empty(), 0, 10, null))))
        .containsExactly(AuditEventType.USER_CREATED);
  }

  @Test
  void shouldChainManyEventsAppendedAtOnceInTheirOrderAfterTheExistingOnes() {
    List<AuditEvent> batch = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      batch.add(event(T0.plusSeconds(10 + i), AuditEventType.USER_CREATED, BOB));
    }

    unitOfWork().inTenant(tenant, () -> log().appendAll(batch));
    append(T0.plusSeconds(300), AuditEventType.USER_DELETED, BOB);

    assertThat(unitOfWork().inTenant(tenant, () -> log().verify()).valid()).isTrue();
    assertThat(search(query(Optional.empty(), Optional.empty(), 0, 10, null)).total())
        .isEqualTo(254);
    assertThat(unitOfWork().inTenant(tenant, () -> log().verify()).checked()).isEqualTo(254);
    assertThat(
            search(query(Optional.of(BOB), Optional.of(AuditEventType.USER_CREATED), 0, 100, null))
                .items()
                .get(0))
        .isEqualTo(batch.get(249));
  }

  @Test
  void shouldChainSingleAppendsOfEveryShapeExactlyAsTheDomainHashesThem() {
    AuditEvent anonymous =
        new AuditEvent(
            AuditEventId.random(),
            T0.plusSeconds(20).plusNanos(123_000),
            AuditEventType.LOGIN_FAILED,
            null,
            "zoë@exämple.test",
            null,
            null,
            "2001:db8::7",
            "Mozilla/5.0 (X11; Linux) «quoted» ✓",
            "4bf92f3577b34da6a3ce929d0e0e4736",
            Map.of("reason", "wrong_password", "ünïcode", "日本語 | 3:x {}", "empty", ""));
    AuditEvent bare =
        new AuditEvent(
            AuditEventId.random(),
            T0.plusSeconds(21),
            AuditEventType.USER_UPDATED,
            ALICE,
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of());

    unitOfWork().inTenant(tenant, () -> log().append(anonymous));
    unitOfWork()
        .inTenant(
            tenant,
            () -> {
              log().append(bare);
              log().append(event(T0.plusSeconds(22), AuditEventType.USER_CREATED, BOB));
            });

    // Every row's hash is checked against AuditChain.hash over its predecessor's.
    assertThat(unitOfWork().inTenant(tenant, () -> log().verify()).valid()).isTrue();
    assertThat(unitOfWork().inTenant(tenant, () -> log().verify()).checked()).isEqualTo(6);
    assertThat(search(query(Optional.empty(), Optional.empty(), 0, 10, null)).items())
        .contains(anonymous, bare);
  }

  @Test
  void shouldAppendToAnotherTrailInTheSameUnitOfWork() {
    TenantRef other = newTenant();
    AuditEvent event = event(T0, AuditEventType.TENANT_DELETED, ALICE);

    unitOfWork().inTenant(tenant, () -> log().appendTo(other.slug(), event));

    assertThat(unitOfWork().inTenant(other, () -> log().search(firstPage())).items())
        .containsExactly(event);
    assertThat(unitOfWork().inTenant(other, () -> log().verify()).valid()).isTrue();
    assertThat(search(firstPage()).total()).isEqualTo(3);
  }

  @Test
  void shouldVerifyPageByPageFromWhereThePreviousPageEnded() {
    AuditChainVerifier verifier = new AuditChainVerifier();
    long first = unitOfWork().inTenant(tenant, () -> log().verifyPage(verifier, Long.MIN_VALUE, 2));
    long last = unitOfWork().inTenant(tenant, () -> log().verifyPage(verifier, first, 2));
    long none = unitOfWork().inTenant(tenant, () -> log().verifyPage(verifier, last, 2));

    assertThat(verifier.result().checked()).isEqualTo(3);
    assertThat(verifier.result().valid()).isTrue();
    assertThat(none).isEqualTo(last);
    ChainLink head = unitOfWork().inTenant(tenant, () -> log().head()).orElseThrow();
    assertThat(head.sequence()).isEqualTo(last);
    assertThat(unitOfWork().inTenant(tenant, () -> log().hashAt(last))).contains(head.hash());
    assertThat(unitOfWork().inTenant(tenant, () -> log().hashAt(last + 1))).isEmpty();
  }

  @Test
  void shouldKeepTheLatestAnchorAndTheRowItNamesThroughAPurge() {
    ChainLink head = unitOfWork().inTenant(tenant, () -> log().head()).orElseThrow();
    AuditAnchor anchor = new AuditAnchor(head.sequence(), head.hash(), T0, "mac");
    unitOfWork().inTenant(tenant, () -> log().saveAnchor(anchor));

    long purged = unitOfWork().inTenant(tenant, () -> log().purgeBefore(T0.plusSeconds(60)));

    assertThat(purged).isEqualTo(2);
    assertThat(unitOfWork().inTenant(tenant, () -> log().latestAnchor())).contains(anchor);
    assertThat(unitOfWork().inTenant(tenant, () -> log().hashAt(head.sequence())))
        .contains(head.hash());
  }

  @Test
  void shouldCountTheChosenTypesPerUtcDayWithinTheWindowOnly() {
    append(T0.plusSeconds(3), AuditEventType.LOGIN_FAILED, BOB);
    append(T0.plus(Duration.ofHours(13)), AuditEventType.LOGIN_FAILED, BOB);
    append(T0.plus(Duration.ofHours(14)), AuditEventType.LOGIN_FAILED, ALICE);
    append(T0.minus(Duration.ofDays(3)), AuditEventType.LOGIN_SUCCEEDED, BOB);
    Instant from = Instant.parse("2026-01-30T00:00:00Z");
    Instant to = Instant.parse("2026-02-02T00:00:00Z");

    List<AuditDayCount> counts =
        unitOfWork()
            .inTenant(
                tenant,
                () ->
                    log()
                        .countPerDay(
                            Set.of(AuditEventType.LOGIN_SUCCEEDED, AuditEventType.LOGIN_FAILED),
                            from,
                            to));

    LocalDate day = LocalDate.parse("2026-01-31");
    assertThat(counts)
        .containsExactlyInAnyOrder(
            new AuditDayCount(day, AuditEventType.LOGIN_SUCCEEDED, 1),
            new AuditDayCount(day, AuditEventType.LOGIN_FAILED, 1),
            new AuditDayCount(day.plusDays(1), AuditEventType.LOGIN_FAILED, 2));
    assertThat(unitOfWork().inTenant(tenant, () -> log().countPerDay(Set.of(), from, to)))
        .isEmpty();
  }

  private static AuditQuery firstPage() {
    return query(Optional.empty(), Optional.empty(), 0, 10, null);
  }

  private void append(Instant at, AuditEventType type, UserId actor) {
    AuditEvent event = event(at, type, actor);
    unitOfWork().inTenant(tenant, () -> log().append(event));
  }

  private static AuditEvent event(Instant at, AuditEventType type, UserId actor) {
    return new AuditEvent(
        AuditEventId.random(),
        at,
        type,
        actor,
        null,
        "user",
        actor.toString(),
        null,
        null,
        null,
        Map.of("change", type.wireName()));
  }

  private static AuditQuery query(
      Optional<UserId> actor,
      Optional<AuditEventType> type,
      int page,
      int size,
      SortOrder<AuditSort> sort) {
    return new AuditQuery(
        type,
        actor,
        Optional.empty(),
        Optional.empty(),
        new PageRequest<>(page, size, sort == null ? AuditQuery.DEFAULT_SORT : sort));
  }

  private Page<AuditEvent> search(AuditQuery query) {
    return unitOfWork().inTenant(tenant, () -> log().search(query));
  }

  private static List<AuditEventType> types(Page<AuditEvent> page) {
    return page.items().stream().map(AuditEvent::type).toList();
  }
}
