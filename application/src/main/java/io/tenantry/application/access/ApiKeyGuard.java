package io.tenantry.application.access;

import com.github.benmanes.caffeine.cache.Cache;
import io.tenantry.application.apikey.ApiKeyFormat;
import io.tenantry.application.event.ApiKeyRefused;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.apikey.ApiKey;
import io.tenantry.domain.apikey.ApiKeyId;
import io.tenantry.domain.apikey.ApiKeyRepository;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Turns a personal API key into the calling actor. A key is found by its SHA-256 (a 256-bit random
 * secret needs no stretching) and the verified key is cached briefly, so a request costs no hash
 * stretching and no database write; {@code last_used_at} is written at most once a minute per key.
 * The user's status and roles come from the {@link SessionGuard} on every request, the tenant's
 * status from the {@link TenantDirectory}: disabling, deleting, re-roling or suspending applies at
 * once. A refused known key (revoked, expired, inactive user) is audited at most once a minute per
 * key; unknown keys are only counted, so garbage headers cannot flood the audit trail.
 */
public final class ApiKeyGuard {
  private static final Duration USE_RECORD_INTERVAL = Duration.ofMinutes(1);
  private static final int MAX_KEYS = 100_000;

  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final SessionGuard users;
  private final ApiKeyRepository keys;
  private final UserRepository directory;
  private final DomainEvents events;
  private final Clock clock;
  private final Cache<String, Verified> verified;
  private final Cache<ApiKeyId, Instant> recentlyUsed;
  private final Cache<ApiKeyId, Instant> recentlyReported;
  private final LongAdder failures = new LongAdder();

  public ApiKeyGuard(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      SessionGuard users,
      ApiKeyRepository keys,
      UserRepository directory,
      DomainEvents events,
      Clock clock,
      Duration ttl) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.keys = keys;
    this.directory = directory;
    this.events = events;
    this.clock = clock;
    this.verified = Caches.expiring(clock, ttl, MAX_KEYS);
    this.recentlyUsed = Caches.expiring(clock, USE_RECORD_INTERVAL, MAX_KEYS);
    this.recentlyReported = Caches.expiring(clock, USE_RECORD_INTERVAL, MAX_KEYS);
  }

  public Actor authenticate(String presented) {
    TenantSnapshot tenant =
        ApiKeyFormat.tenantOf(presented).flatMap(tenants::byId).orElseThrow(this::unknown);
    if (!tenant.isActive()) {
      throw new ForbiddenException("tenant_suspended", "the tenant is suspended");
    }
    TokenHash hash = TokenHash.of(presented);
    Verified found = verified.get(hash.hex(), h -> load(tenant, hash).orElse(null));
    if (found == null) {
      throw unknown();
    }
    ApiKey key = found.key();
    Instant now = clock.instant();
    if (!key.isUsableAt(now)) {
      throw refused(
          tenant,
          key,
          key.revokedAt().isPresent()
              ? ApiKeyRefused.Reason.REVOKED
              : ApiKeyRefused.Reason.EXPIRED);
    }
    SessionGuard.Stamp stamp =
        users
            .active(tenant.ref(), key.user())
            .orElseThrow(() -> refused(tenant, key, ApiKeyRefused.Reason.USER_INACTIVE));
    recordUse(tenant, key.id(), now);
    return new Actor(
        key.user(), tenant.id(), tenant.slug(), found.email(), key.effectiveRoles(stamp.roles()));
  }

  /** Drops a revoked key from this replica's cache, so it stops on the next request. */
  public void forget(ApiKeyId id) {
    verified.asMap().values().removeIf(entry -> entry.key().id().equals(id));
  }

  /** Forgets every verified key: some revocations may have been missed. */
  public void clear() {
    verified.invalidateAll();
  }

  /** API keys refused so far on this replica, known or not. */
  public long failures() {
    return failures.sum();
  }

  private Optional<Verified> load(TenantSnapshot tenant, TokenHash hash) {
    return unitOfWork.inTenant(
        tenant.ref(),
        () ->
            keys.findByHash(hash)
                .flatMap(
                    key ->
                        directory
                            .findById(key.user())
                            .map(user -> new Verified(key, user.email()))));
  }

  private void recordUse(TenantSnapshot tenant, ApiKeyId id, Instant now) {
    if (recentlyUsed.asMap().putIfAbsent(id, now) == null) {
      unitOfWork.inTenant(tenant.ref(), () -> keys.touch(id, now));
    }
  }

  private AuthenticationException refused(
      TenantSnapshot tenant, ApiKey key, ApiKeyRefused.Reason reason) {
    if (recentlyReported.asMap().putIfAbsent(key.id(), clock.instant()) == null) {
      unitOfWork.inTenant(
          tenant.ref(),
          () ->
              events.publish(
                  new ApiKeyRefused(Initiator.NONE, tenant.id(), key.user(), key.id(), reason)));
    }
    return unknown();
  }

  private AuthenticationException unknown() {
    failures.increment();
    return new AuthenticationException("unauthenticated", "a valid access token is required");
  }

  private record Verified(ApiKey key, Email email) {}
}
