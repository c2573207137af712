package io.tenantry.domain.apikey;

import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.RoleResolver;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A personal API key of one user: stored by hash only, optionally limited to a subset of the user's
 * roles and to an expiry, revoked for good once revoked.
 */
public final class ApiKey {
  private static final int MAX_NAME = 100;

  private final ApiKeyId id;
  private final UserId user;
  private final String name;
  private final String prefix;
  private final TokenHash hash;
  private final Set<Role> roles;
  private final Instant expiresAt;
  private final Instant createdAt;
  private Instant lastUsedAt;
  private Instant revokedAt;

  private ApiKey(State state) {
    this.id = Objects.requireNonNull(state.id(), "id");
    this.user = Objects.requireNonNull(state.user(), "user");
    this.name = state.name();
    this.prefix = Objects.requireNonNull(state.prefix(), "prefix");
    this.hash = Objects.requireNonNull(state.hash(), "hash");
    this.roles = state.roles() == null ? null : Set.copyOf(state.roles());
    this.expiresAt = state.expiresAt();
    this.createdAt = Objects.requireNonNull(state.createdAt(), "createdAt");
    this.lastUsedAt = state.lastUsedAt();
    this.revokedAt = state.revokedAt();
  }

  /**
   * A new key of {@code user}; {@code roles} empty means "whatever the user holds at each request".
   */
  public static ApiKey issue(
      ApiKeyId id,
      UserId user,
      String name,
      String prefix,
      TokenHash hash,
      Optional<Set<Role>> roles,
      Optional<Instant> expiresAt,
      Instant now) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
      throw new RuleViolationException("name", "must be 1 to " + MAX_NAME + " characters");
    }
    if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
      throw new RuleViolationException("expires_at", "must be in the future");
    }
    if (roles.isPresent() && roles.get().isEmpty()) {
      throw new RuleViolationException("roles", "must name at least one role when given");
    }
    return new ApiKey(
        new State(
            id,
            user,
            trimmed,
            prefix,
            hash,
            roles.orElse(null),
            expiresAt.orElse(null),
            now,
            null,
            null));
  }

  public static ApiKey restore(State state) {
    return new ApiKey(state);
  }

  /**
   * The roles the key may act with when its user holds {@code held} right now: all of them for an
   * unlimited key, else the key's roles whose permissions the user still has every one of — an
   * owner's {@code member} key reads like a member, and loses what the user loses.
   */
  public Set<Role> effectiveRoles(Set<Role> held) {
    if (roles == null) {
      return Set.copyOf(held);
    }
    return coveredBy(roles, held);
  }

  /** Those of {@code wanted} whose permissions {@code held} grants in full. */
  public static Set<Role> coveredBy(Set<Role> wanted, Set<Role> held) {
    Set<Permission> granted = RoleResolver.permissionsOf(held);
    Set<Role> kept = new HashSet<>();
    for (Role role : wanted) {
      if (granted.containsAll(RoleResolver.permissionsOf(Set.of(role)))) {
        kept.add(role);
      }
    }
    return Set.copyOf(kept);
  }

  public boolean isUsableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public void recordUse(Instant now) {
    lastUsedAt = now;
  }

  public ApiKeyId id() {
    return id;
  }

  public UserId user() {
    return user;
  }

  public String name() {
    return name;
  }

  public String prefix() {
    return prefix;
  }

  public TokenHash hash() {
    return hash;
  }

  /** The role limit, empty when the key acts with all its user's roles. */
  public Optional<Set<Role>> roles() {
    return Optional.ofNullable(roles);
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  /** Every field, for storing the key. */
  public State state() {
    return new State(
        id, user, name, prefix, hash, roles, expiresAt, createdAt, lastUsedAt, revokedAt);
  }

  /** Every field, for loading a stored key; {@code roles} null means no limit. */
  public record State(
      ApiKeyId id,
      UserId user,
      String name,
      String prefix,
      TokenHash hash,
      Set<Role> roles,
      Instant expiresAt,
      Instant createdAt,
      Instant lastUsedAt,
      Instant revokedAt) {}
}
