package io.tenantry.application.fakes;

import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.mfa.TotpFactor;
import io.tenantry.domain.mfa.TotpFactors;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** TOTP factors and recovery-code hashes kept per tenant slug; stores copies. */
public final class InMemoryTotpFactors implements TotpFactors {
  private final InMemoryUnitOfWork unitOfWork;
  private final Map<TenantSlug, Map<UserId, TotpFactor>> factors = new HashMap<>();
  private final Map<TenantSlug, Map<UserId, Set<TokenHash>>> codes = new HashMap<>();

  public InMemoryTotpFactors(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<TotpFactor> findForUpdate(UserId user) {
    return Optional.ofNullable(factors().get(user)).map(InMemoryTotpFactors::copy);
  }

  @Override
  public void save(TotpFactor factor) {
    factors().put(factor.userId(), copy(factor));
  }

  @Override
  public void delete(UserId user) {
    factors().remove(user);
    codes().remove(user);
  }

  @Override
  public void replaceRecoveryCodes(UserId user, List<TokenHash> hashes, Instant now) {
    codes().put(user, new java.util.HashSet<>(hashes));
  }

  @Override
  public boolean spendRecoveryCode(UserId user, TokenHash code, Instant now) {
    Set<TokenHash> unused = codes().get(user);
    return unused != null && unused.remove(code);
  }

  @Override
  public Optional<TotpFactor> find(UserId user) {
    return findForUpdate(user);
  }

  @Override
  public int unusedRecoveryCodes(UserId user) {
    return codes().getOrDefault(user, Set.of()).size();
  }

  private Map<UserId, TotpFactor> factors() {
    return factors.computeIfAbsent(unitOfWork.currentTenant(), t -> new HashMap<>());
  }

  private Map<UserId, Set<TokenHash>> codes() {
    return codes.computeIfAbsent(unitOfWork.currentTenant(), t -> new HashMap<>());
  }

  private static TotpFactor copy(TotpFactor f) {
    return TotpFactor.restore(
        f.userId(),
        f.sealedSecret(),
        f.createdAt(),
        f.confirmedAt().orElse(null),
        f.lastUsedStep());
  }
}
