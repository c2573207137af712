package io.tenantry.domain.user;

import io.tenantry.domain.shared.Revision;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.NewAccounts.Newcomer;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A person's account in one tenant: identity, roles, signIn and session security state. */
public final class User {
  private final UserId id;
  private final TenantId tenantId;
  private final Email email;
  private DisplayName displayName;
  private Membership membership;
  private final SignInState signIn;
  private Revision revision;

  private User(UserSnapshot s) {
    this.id = Objects.requireNonNull(s.id());
    this.tenantId = Objects.requireNonNull(s.tenantId());
    this.email = Objects.requireNonNull(s.email());
    this.displayName = Objects.requireNonNull(s.displayName());
    this.membership = Membership.of(s);
    this.signIn = new SignInState(s);
    this.revision = new Revision(s.createdAt(), s.updatedAt(), s.version());
  }

  /** A new account waiting for its owner to accept the invitation and choose a password. */
  public static User invite(
      TenantId tenant, Email email, DisplayName name, Set<Role> roles, Instant now) {
    return new User(NewAccounts.invited(new Newcomer(tenant, email, name, roles), now));
  }

  /** A new, active account whose password was set by whoever created it. */
  public static User createActive(
      TenantId tenant,
      Email email,
      DisplayName name,
      Set<Role> roles,
      PasswordHash password,
      Instant now) {
    Newcomer who = new Newcomer(tenant, email, name, roles);
    return new User(NewAccounts.active(who, Optional.of(password), false, false, now));
  }

  /**
   * A new account that a stranger registered for themselves: active, but it cannot log in until its
   * address is verified (otherwise anyone could read the tenant's directory).
   */
  public static User register(
      TenantId tenant, Email email, DisplayName name, PasswordHash password, Instant now) {
    Newcomer who = new Newcomer(tenant, email, name, Set.of(Role.MEMBER));
    return new User(NewAccounts.active(who, Optional.of(password), false, true, now));
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
    Newcomer who = new Newcomer(tenant, email, name, roles);
    return new User(NewAccounts.active(who, password, emailVerified, false, now));
  }

  public static User restore(UserSnapshot snapshot) {
    return new User(snapshot);
  }

  public UserSnapshot snapshot() {
    return UserSnapshot.of(id, tenantId, email, displayName, membership, signIn, revision);
  }

  public void rename(DisplayName newName, Instant now) {
    touchedIf(!displayName.equals(newName), now);
    displayName = Objects.requireNonNull(newName);
  }

  /** Disables the account and invalidates every access token issued so far. */
  public void disable(Instant now) {
    if (membership.status() != UserStatus.DISABLED) {
      membership = membership.disabled();
      revokeSessions(now);
    }
  }

  /** Re-enables a disabled account; an invited one becomes active only by accepting. */
  public void activate(Instant now) {
    change(membership.activated(), now);
  }

  public void assignRoles(Set<Role> newRoles, Instant now) {
    change(membership.withRoles(newRoles), now);
  }

  public void acceptInvitation(PasswordHash password, DisplayName name, Instant now) {
    Membership accepted = membership.accepted();
    signIn.setPassword(password);
    displayName = Objects.requireNonNull(name);
    change(accepted, now);
  }

  /** The owner of the address proved it by following the link sent there. */
  public void verifyEmail(Instant now) {
    change(membership.verified(), now);
  }

  private void change(Membership next, Instant now) {
    touchedIf(!next.equals(membership), now);
    membership = next;
  }

  private void touchedIf(boolean changed, Instant now) {
    if (changed) {
      revision = revision.touched(now);
    }
  }

  public void changePassword(PasswordHash password, Instant now) {
    signIn.setPassword(password);
    revision = revision.touched(now);
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
    revision = revision.touched(now);
  }

  /** Invalidates every access token issued so far (they carry the old security version). */
  public void revokeSessions(Instant now) {
    signIn.revokeSessions();
    revision = revision.touched(now);
  }

  /** A confirmed second factor now guards the account. */
  public void enableMfa(Instant now) {
    touchedIf(signIn.setMfa(true), now);
  }

  /** The second factor is gone (turned off by its owner or reset by an administrator). */
  public void disableMfa(Instant now) {
    touchedIf(signIn.setMfa(false), now);
  }

  public boolean mfaEnabled() {
    return signIn.mfaEnabled();
  }

  public boolean canLogIn(Instant now) {
    return membership.isActive() && signIn.passwordHash().isPresent() && !isLocked(now);
  }

  /** False only for a self-registered account whose address is not verified yet. */
  public boolean emailVerifiedIfRequired() {
    return membership.emailVerifiedIfRequired();
  }

  public boolean isActiveOwner() {
    return membership.isActive() && membership.roles().contains(Role.OWNER);
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
    return membership.status();
  }

  public boolean emailVerified() {
    return membership.emailVerified();
  }

  public Set<Role> roles() {
    return membership.roles();
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

  public Revision revision() {
    return revision;
  }
}
