package io.tenantry.domain.user;

import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A person's account in one tenant: identity, roles, signIn and session security state. */
public final class User {
  private final UserId id;
  private final TenantId tenantId;
  private final Email email;
  private DisplayName displayName;
  private UserStatus status;
  private boolean emailVerified;
  // Set for self-registered accounts: no login until the address is proven.
  private final boolean verificationRequired;
  private Set<Role> roles;
  private final SignInState signIn;
  private final Instant createdAt;
  private Instant updatedAt;
  private final long version;

  private User(UserSnapshot s) {
    this.id = Objects.requireNonNull(s.id());
    this.tenantId = Objects.requireNonNull(s.tenantId());
    this.email = Objects.requireNonNull(s.email());
    this.displayName = Objects.requireNonNull(s.displayName());
    this.status = Objects.requireNonNull(s.status());
    this.emailVerified = s.emailVerified();
    this.verificationRequired = s.verificationRequired();
    this.roles = requireRoles(s.roles());
    this.signIn = new SignInState(s);
    this.createdAt = Objects.requireNonNull(s.createdAt());
    this.updatedAt = Objects.requireNonNull(s.updatedAt());
    this.version = s.version();
  }

  /** A new account waiting for its owner to accept the invitation and choose a password. */
  public static User invite(
      TenantId tenant, Email email, DisplayName name, Set<Role> roles, Instant now) {
    return new User(NewAccounts.invited(tenant, email, name, roles, now));
  }

  /** A new, active account whose password was set by whoever created it. */
  public static User createActive(
      TenantId tenant,
      Email email,
      DisplayName name,
      Set<Role> roles,
      PasswordHash password,
      Instant now) {
    return new User(NewAccounts.active(tenant, email, name, roles, password, false, false, now));
  }

  /**
   * A new account that a stranger registered for themselves: active, but it cannot log in until its
   * address is verified (otherwise anyone could read the tenant's directory).
   */
  public static User register(
      TenantId tenant, Email email, DisplayName name, PasswordHash password, Instant now) {
    return new User(
        NewAccounts.active(tenant, email, name, Set.of(Role.MEMBER), password, false, true, now));
  }

  /**
   * A user brought over from another system: active, with the password hash it had there (verified
   * and re-hashed on the first login) or none (the account is then reached through a password
   * reset), and the address verified or not as that system knew it.
   */
  public static User imported(
      TenantId tenant,
      Email email,
      DisplayName name,
      Set<Role> roles,
      Optional<PasswordHash> password,
      boolean emailVerified,
      Instant now) {
    return new User(
        NewAccounts.imported(
            tenant, email, name, roles, password.orElse(null), emailVerified, now));
  }

  public static User restore(UserSnapshot snapshot) {
    return new User(snapshot);
  }

  public UserSnapshot snapshot() {
    return new UserSnapshot(
        id,
        tenantId,
        email,
        displayName,
        status,
        emailVerified,
        verificationRequired,
        roles,
        signIn.passwordHash().orElse(null),
        signIn.securityVersion(),
        signIn.lockout().failedLogins(),
        signIn.lockout().lockedUntil(),
        signIn.lastLoginAt().orElse(null),
        createdAt,
        updatedAt,
        version,
        signIn.mfaEnabled());
  }

  public void rename(DisplayName newName, Instant now) {
    if (!displayName.equals(newName)) {
      displayName = newName;
      updatedAt = now;
    }
  }

  /** Disables the account and invalidates every access token issued so far. */
  public void disable(Instant now) {
    if (status != UserStatus.DISABLED) {
      status = UserStatus.DISABLED;
      revokeSessions(now);
    }
  }

  /** Re-enables a disabled account; an invited one becomes active only by accepting. */
  public void activate(Instant now) {
    if (status == UserStatus.INVITED) {
      throw new RuleViolationException(
          "status", "an invited user becomes active by accepting the invitation");
    }
    if (status != UserStatus.ACTIVE) {
      status = UserStatus.ACTIVE;
      updatedAt = now;
    }
  }

  public void assignRoles(Set<Role> newRoles, Instant now) {
    Set<Role> checked = requireRoles(newRoles);
    if (!roles.equals(checked)) {
      roles = checked;
      updatedAt = now;
    }
  }

  public void acceptInvitation(PasswordHash password, DisplayName name, Instant now) {
    if (status != UserStatus.INVITED) {
      throw new RuleViolationException(
          "invalid_token", "token", "the invitation is no longer valid");
    }
    signIn.setPassword(password);
    displayName = Objects.requireNonNull(name);
    status = UserStatus.ACTIVE;
    emailVerified = true;
    updatedAt = now;
  }

  /** The owner of the address proved it by following the link sent there. */
  public void verifyEmail(Instant now) {
    if (!emailVerified) {
      emailVerified = true;
      updatedAt = now;
    }
  }

  public void changePassword(PasswordHash password, Instant now) {
    signIn.setPassword(password);
    updatedAt = now;
  }

  /** Replaces the stored hash with one of the current parameters; not a user-visible change. */
  public void upgradePasswordHash(PasswordHash password) {
    signIn.setPassword(password);
  }

  public void recordLogin(Instant now) {
    signIn.recordLogin(now);
  }

  /** The password was right: forget the counted failures (see {@link SignInState}). */
  public void recordCorrectPassword() {
    signIn.clearFailures();
  }

  /** Counts a wrong password; returns whether this attempt locked the account. */
  public boolean recordFailedLogin(Instant now, LockoutPolicy policy) {
    return signIn.recordFailedLogin(now, policy);
  }

  public boolean isLocked(Instant now) {
    return signIn.isLocked(now);
  }

  /** Lifts a brute-force lock and forgets the failures that led to it. */
  public void recordUnlock(Instant now) {
    signIn.clearFailures();
    updatedAt = now;
  }

  /** Invalidates every access token issued so far (they carry the old security version). */
  public void revokeSessions(Instant now) {
    signIn.revokeSessions();
    updatedAt = now;
  }

  /** A confirmed second factor now guards the account. */
  public void enableMfa(Instant now) {
    if (signIn.setMfa(true)) {
      updatedAt = now;
    }
  }

  /** The second factor is gone (turned off by its owner or reset by an administrator). */
  public void disableMfa(Instant now) {
    if (signIn.setMfa(false)) {
      updatedAt = now;
    }
  }

  public boolean mfaEnabled() {
    return signIn.mfaEnabled();
  }

  public boolean canLogIn(Instant now) {
    return status == UserStatus.ACTIVE && signIn.passwordHash().isPresent() && !isLocked(now);
  }

  /** False only for a self-registered account whose address is not verified yet. */
  public boolean emailVerifiedIfRequired() {
    return emailVerified || !verificationRequired;
  }

  public boolean isActiveOwner() {
    return status == UserStatus.ACTIVE && roles.contains(Role.OWNER);
  }

  public Set<Permission> permissions() {
    return RoleResolver.permissionsOf(roles);
  }

  private static Set<Role> requireRoles(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new RuleViolationException("roles", "must name at least one role");
    }
    return Set.copyOf(new LinkedHashSet<>(roles));
  }

  public UserId id() {
    return id;
  }

  public TenantId tenantId() {
    return tenantId;
  }

  public Email email() {
    return email;
  }

  public DisplayName displayName() {
    return displayName;
  }

  public UserStatus status() {
    return status;
  }

  public boolean emailVerified() {
    return emailVerified;
  }

  public Set<Role> roles() {
    return roles;
  }

  public Optional<PasswordHash> passwordHash() {
    return signIn.passwordHash();
  }

  public long securityVersion() {
    return signIn.securityVersion();
  }

  public Optional<Instant> lockedUntil() {
    return signIn.lockout().lockedUntilIfAny();
  }

  public Optional<Instant> lastLoginAt() {
    return signIn.lastLoginAt();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
