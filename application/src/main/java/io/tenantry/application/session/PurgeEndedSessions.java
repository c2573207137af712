package io.tenantry.application.session;

import io.tenantry.application.audit.AllTenants;
import io.tenantry.application.shared.TenantPass;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes the refresh tokens of every tenant's sessions that ended longer than the retention period
 * ago (a scheduled job): rotation and expiry only mark rows, so the table would grow for ever.
 */
public final class PurgeEndedSessions {
  /** Sessions deleted per transaction: short transactions, short row locks, bounded WAL bursts. */
  static final int BATCH = 1000;

  private final UnitOfWork unitOfWork;
  private final RefreshTokenRepository refreshTokens;
  private final TenantRepository tenants;
  private final Clock clock;

  public PurgeEndedSessions(
      UnitOfWork unitOfWork,
      RefreshTokenRepository refreshTokens,
      TenantRepository tenants,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.refreshTokens = refreshTokens;
    this.tenants = tenants;
    this.clock = clock;
  }

  /**
   * Deletes the tokens of sessions that ended before now minus {@code retention}; a live session
   * keeps all its tokens, however old. The pass's {@link TenantPass#done} is the number of tokens
   * deleted; a tenant it fails on keeps its tokens until the next pass.
   */
  public TenantPass purgeEnded(Duration retention) {
    Instant cutoff = clock.instant().minus(retention);
    return TenantPass.over(
        AllTenants.of(unitOfWork, tenants), TenantRef::id, tenant -> purge(tenant, cutoff));
  }

  private long purge(TenantRef tenant, Instant cutoff) {
    long purged = 0;
    long batch;
    do {
      batch = unitOfWork.inTenant(tenant, () -> refreshTokens.purgeEndedBefore(cutoff, BATCH));
      purged += batch;
    } while (batch > 0);
    return purged;
  }
}
