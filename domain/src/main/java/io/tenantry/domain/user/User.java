package io.tenantry.domain.user;

import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A person's account in one tenant: identity, roles, credentials and session security state. */
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
  private PasswordHash passwordHash;
  private long securityVersion;
  private LoginLockout lockout;
  private Instant lastLoginAt;
  private final Instant createdAt;
  private Instant updatedAt;
  private final long version;
  private boolean mfaEnabled;

  private User(UserSnapshot s) {
    this.id = Objects.requireNonNull(s.id());
    this.tenantId = Objects.requireNonNull(s.tenantId());
    this.email = Objects.requireNonNull(s.email());
    this.displayName = Objects.requireNonNull(s.displayName());
    this.status = Objects.requireNonNull(s.status());
    this.emailVerified = s.emailVerified();
    this.verificationRequired = s.verificationRequired();
    this.roles = requireRoles(s.roles());
    this.passwordHash = s.passwordHash();
    this.securityVersion = s.securityVersion();
    this.lockout = new LoginLockout(s.failedLogins(), s.lockedUntil());
    this.lastLoginAt = s.lastLoginAt();
    this.createdAt = Objects.requireNonNull(s.createdAt());
    this.updatedAt = Objects.requireNonNull(s.updatedAt());
    this.version = s.version();
    this.mfaEnabled = s.mfaEnabled();
  }

  /** A new account waiting for its owner to accept the invitation and choose a password. */
  public static User invite(
      TenantId tenant, Email email, DisplayName name, Set<Role> roles, Instant now) {
    return new User(
        UserSnapshot.newAccount(
            tenant, email, name, UserStatus.INVITED, false, false, roles, null, now));
  }

  /** A new, active account whose password was set by whoever created it. */
  public static User createActive(
      TenantId tenant,
      Email email,
      DisplayName name,
      Set<Role> roles,
      PasswordHash password,
      Instant now) {
    return active(tenant, email, name, roles, requireHash(password), false, false, now);
  }

  /**
   * A new account that a stranger registered for themselves: active, but it cannot log in until its
   * address is verified (otherwise anyone could read the tenant's directory).
   */
  public static User register(
      TenantId tenant, Email email, DisplayName name, PasswordHash password, Instant now) {
    return active(
        tenant, email, name, Set.of(Role.MEMBER), requireHash(password), false, true, now);
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
    return active(tenant, email, name, roles, password.orElse(null), emailVerified, false, now);
  }

  private static User active(
      TenantId tenant,
      Email email,
      DisplayName name,
      Set<Role> roles,
      PasswordHash password,
      boolean emailVerified,
      boolean verificationRequired,
      Instant now) {
    return new User(
        UserSnapshot.newAccount(
            tenant,
            email,
            name,
            UserStatus.ACTIVE,
            emailVerified,
            verificationRequired,
            roles,
            password,
            now));
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
        passwordHash,
        securityVersion,
        lockout.failedLogins(),
        lockout.lockedUntil(),
        lastLoginAt,
        createdAt,
        updatedAt,
        version,
        mfaEnabled);
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
    passwordHash = Objects.requireNonNull(password);
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
    passwordHash = Objects.requireNonNull(password);
    updatedAt = now;
  }

  /** Replaces the stored hash with one of the current parameters; not a user-visible change. */
  public void upgradePasswordHash(PasswordHash password) {
    passwordHash = Objects.requireNonNull(password);
  }

  public void recordLogin(Instant now) {
    lastLoginAt = now;
    recordCorrectPassword();
  }

  /**
   * The password was right: forget the counted failures and lift a lock that the same attempt
   * engaged when it was counted (attempts on an already locked account are never checked).
   */
  public void recordCorrectPassword() {
    lockout = LoginLockout.NONE;
  }

  /**
   * Counts a wrong password; the one that reaches the policy's limit locks the account. Attempts
   * while locked neither count nor extend the lock. Returns whether this attempt locked it.
   */
  public boolean recordFailedLogin(Instant now, LockoutPolicy policy) {
    boolean locks = !lockout.isLocked(now) && lockout.nextFailureLocks(policy);
    lockout = lockout.afterFailure(now, policy);
    return locks;
  }

  public boolean isLocked(Instant now) {
    return lockout.isLocked(now);
  }

  /** Lifts a brute-force lock and forgets the failures that led to it. */
  public void recordUnlock(Instant now) {
    lockout = LoginLockout.NONE;
    updatedAt = now;
  }

  /** Invalidates every access token issued so far (they carry the old security version). */
  public void revokeSessions(Instant now) {
    securityVersion++;
    updatedAt = now;
  }

  /** A confirmed second factor now guards the account. */
  public void enableMfa(Instant now) {
    if (!mfaEnabled) {
      mfaEnabled = true;
      updatedAt = now;
    }
  }

  /** The second factor is gone (turned off by its owner or reset by an administrator). */
  public void disableMfa(Instant now) {
    if (mfaEnabled) {
      mfaEnabled = false;
      updatedAt = now;
    }
  }

  public boolean mfaEnabled() {
    return mfaEnabled;
  }

  public boolean canLogIn(Instant now) {
    return status == UserStatus.ACTIVE && passwordHash != null && !isLocked(now);
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

  private static PasswordHash requireHash(PasswordHash password) {
    return Objects.requireNonNull(password);
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
    return Optional.ofNullable(passwordHash);
  }

  public long securityVersion() {
    return securityVersion;
  }

  public Optional<Instant> lockedUntil() {
    return lockout.lockedUntilIfAny();
  }

  public Optional<Instant> lastLoginAt() {
    return Optional.ofNullable(lastLoginAt);
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
