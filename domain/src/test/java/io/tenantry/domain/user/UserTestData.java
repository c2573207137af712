package io.tenantry.domain.user;

import io.tenantry.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Set;

/** Builds users in any state, straight from a snapshot, for domain tests. */
public final class UserTestData {
  public static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");

  private TenantId tenantId = TenantId.random();
  private String email = "uma@acme.test";
  private String displayName = "Uma User";
  private UserStatus status = UserStatus.ACTIVE;
  private boolean emailVerified = true;
  private Set<Role> roles = Set.of(Role.MEMBER);
  private PasswordHash passwordHash = new PasswordHash("hashed:secret");
  private long securityVersion;
  private Instant lockedUntil;

  private UserTestData() {}

  /** An active, verified member with a password. */
  public static UserTestData aUser() {
    return new UserTestData();
  }

  /** A user who was invited and has not accepted yet: no password, e-mail unverified. */
  public static UserTestData anInvitedUser() {
    return aUser().withStatus(UserStatus.INVITED).withEmailVerified(false).withoutPassword();
  }

  public UserTestData withEmail(String value) {
    email = value;
    return this;
  }

  public UserTestData withStatus(UserStatus value) {
    status = value;
    return this;
  }

  public UserTestData withEmailVerified(boolean value) {
    emailVerified = value;
    return this;
  }

  public UserTestData withRoles(Role... values) {
    roles = Set.of(values);
    return this;
  }

  public UserTestData withoutPassword() {
    passwordHash = null;
    return this;
  }

  public UserTestData withSecurityVersion(long value) {
    securityVersion = value;
    return this;
  }

  public UserTestData lockedUntil(Instant value) {
    lockedUntil = value;
    return this;
  }

  public User build() {
    return User.restore(
        new UserSnapshot(
            UserId.random(),
            tenantId,
            new Email(email),
            new DisplayName(displayName),
            status,
            emailVerified,
            false,
            roles,
            passwordHash,
            securityVersion,
            0,
            lockedUntil,
            null,
            NOW.minusSeconds(3600),
            NOW.minusSeconds(3600),
            0,
            false));
  }
}
