package io.tenantry.application.fakes;

import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.RefreshTokenSnapshot;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** Refresh tokens kept per tenant slug by hash; stores copies so that only saves count. */
public final class InMemoryRefreshTokenRepository implements RefreshTokenRepository {
  private final InMemoryUnitOfWork unitOfWork;
  private final Map<TenantSlug, Map<TokenHash, RefreshToken>> byTenant = new HashMap<>();
  private int liveSessionReads;

  public InMemoryRefreshTokenRepository(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public void save(RefreshToken token) {
    tokens().put(token.hash(), copy(token));
  }

  @Override
  public void add(RefreshToken token) {
    save(token);
  }

  @Override
  public Optional<RefreshToken> rotateAlone(
      TenantRef tenant,
      TokenHash hash,
      Optional<String> client,
      Instant now,
      TokenHash next,
      io.tenantry.domain.auth.SessionOrigin from,
      Instant expires) {
    // Its own "statement": bound to the tenant for this call only, as the adapter's schema is.
    return unitOfWork.alone(
        tenant,
        () ->
            markRotated(hash, client, now)
                .flatMap(
                    used -> {
                      add(used.rotate(next, from, now, expires));
                      return findByHashForUpdate(next);
                    }));
  }

  @Override
  public void undoRotation(TokenHash used, RefreshToken successor) {
    tokens().remove(successor.hash());
    RefreshToken stored = tokens().get(used);
    if (stored != null
        && stored.familyId().equals(successor.familyId())
        && stored.revokedAt().isEmpty()) {
      tokens().put(used, copy(stored, null, null));
    }
  }

  private Optional<RefreshToken> markRotated(TokenHash hash, Optional<String> client, Instant now) {
    RefreshToken stored = tokens().get(hash);
    if (stored == null || !stored.isUsable(now) || !stored.session().client().equals(client)) {
      return Optional.empty();
    }
    RefreshToken marked = copy(stored, now, stored.revokedAt().orElse(null));
    tokens().put(hash, marked);
    return Optional.of(copy(marked));
  }

  @Override
  public Optional<RefreshToken> findByHashForUpdate(TokenHash hash) {
    return Optional.ofNullable(tokens().get(hash)).map(InMemoryRefreshTokenRepository::copy);
  }

  @Override
  public void revokeFamily(UUID familyId, Instant now) {
    revokeWhere(t -> t.familyId().equals(familyId), now);
  }

  @Override
  public void revokeAllOf(UserId user, Instant now) {
    revokeWhere(t -> t.userId().equals(user), now);
  }

  @Override
  public void revokeAllOfExcept(UserId user, UUID kept, Instant now) {
    revokeWhere(t -> t.userId().equals(user) && !t.familyId().equals(kept), now);
  }

  @Override
  public List<RefreshToken> liveSessionsOf(UserId user, Instant now) {
    liveSessionReads++;
    return tokens().values().stream()
        .filter(t -> t.userId().equals(user) && t.isUsable(now))
        .sorted(Comparator.comparing(RefreshToken::issuedAt).reversed())
        .map(InMemoryRefreshTokenRepository::copy)
        .toList();
  }

  /** How often the live sessions were read: what the session guard's caches save. */
  public int liveSessionReads() {
    return liveSessionReads;
  }

  private void revokeWhere(Predicate<RefreshToken> matching, Instant now) {
    tokens()
        .replaceAll((hash, t) -> matching.test(t) && t.revokedAt().isEmpty() ? revoked(t, now) : t);
  }

  private Map<TokenHash, RefreshToken> tokens() {
    return byTenant.computeIfAbsent(unitOfWork.currentTenant(), t -> new LinkedHashMap<>());
  }

  private static RefreshToken revoked(RefreshToken t, Instant now) {
    return copy(t, t.rotatedAt().orElse(null), now);
  }

  /** A copy as storage would hand it back, with the rotation and revocation given. */
  private static RefreshToken copy(RefreshToken t, Instant rotatedAt, Instant revokedAt) {
    return RefreshToken.restore(
        new RefreshTokenSnapshot(
            t.id(),
            t.userId(),
            t.session(),
            t.origin(),
            t.hash(),
            t.issuedAt(),
            t.expiresAt(),
            rotatedAt,
            revokedAt));
  }

  private static RefreshToken copy(RefreshToken t) {
    return copy(t, t.rotatedAt().orElse(null), t.revokedAt().orElse(null));
  }

  @Override
  public long purgeEndedBefore(Instant cutoff, int sessions) {
    Map<UUID, List<RefreshToken>> families = new LinkedHashMap<>();
    tokens()
        .values()
        .forEach(
            t -> families.computeIfAbsent(t.familyId(), f -> new java.util.ArrayList<>()).add(t));
    List<UUID> ended =
        families.entrySet().stream()
            .filter(family -> family.getValue().stream().noneMatch(t -> usableAt(t, cutoff)))
            .map(Map.Entry::getKey)
            .limit(sessions)
            .toList();
    long before = tokens().size();
    tokens().values().removeIf(t -> ended.contains(t.familyId()));
    return before - tokens().size();
  }

  private static boolean usableAt(RefreshToken token, Instant cutoff) {
    return token.rotatedAt().filter(cutoff::isAfter).isEmpty()
        && token.revokedAt().filter(cutoff::isAfter).isEmpty()
        && !token.expiresAt().isBefore(cutoff);
  }
}
