package io.tenantry.application.audit;

import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditDayCount;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.user.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Logins per day of the caller's tenant over the last {@value #DAYS} days, today included, read
 * from its audit trail ({@code audit:read}): one bounded, grouped query, every day present even
 * when nobody logged in.
 */
public final class LoginActivity {
  public static final int DAYS = 30;
  private static final Set<AuditEventType> LOGINS =
      Set.of(AuditEventType.LOGIN_SUCCEEDED, AuditEventType.LOGIN_FAILED);

  private final UnitOfWork unitOfWork;
  private final AuditLog log;
  private final Clock clock;

  public LoginActivity(UnitOfWork unitOfWork, AuditLog log, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.log = log;
    this.clock = clock;
  }

  /** Oldest day first, {@value #DAYS} days. */
  public List<LoginDay> lastDays(Actor actor) {
    actor.require(Permission.AUDIT_READ);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate first = today.minusDays(DAYS - 1L);
    Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<AuditDayCount> counts =
        unitOfWork.inTenant(actor.tenantRef(), () -> log.countPerDay(LOGINS, from, to));
    Map<LocalDate, long[]> byDay = new HashMap<>();
    for (AuditDayCount count : counts) {
      long[] pair = byDay.computeIfAbsent(count.day(), d -> new long[2]);
      pair[count.type() == AuditEventType.LOGIN_SUCCEEDED ? 0 : 1] += count.count();
    }
    return IntStream.range(0, DAYS)
        .mapToObj(first::plusDays)
        .map(day -> day(day, byDay.getOrDefault(day, new long[2])))
        .toList();
  }

  private static LoginDay day(LocalDate day, long[] pair) {
    return new LoginDay(day, pair[0], pair[1]);
  }
}
