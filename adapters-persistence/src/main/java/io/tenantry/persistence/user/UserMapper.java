package io.tenantry.persistence.user;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserSnapshot;
import io.tenantry.domain.user.UserStatus;
import io.tenantry.persistence.shared.StoredEnums;
import java.util.Set;
import java.util.stream.Collectors;

/** Maps between the user aggregate and its rows in {@code users} and {@code user_roles}. */
final class UserMapper {

  private UserMapper() {}

  static User toDomain(UserEntity e, TenantId tenant) {
    return toDomain(e, tenant, e.roles.stream().map(Role::new).collect(Collectors.toSet()));
  }

  /** With the user's roles read apart from the row (a list page reads them for all its rows). */
  static User toDomain(UserEntity e, TenantId tenant, Set<Role> roles) {
    return User.restore(
        new UserSnapshot(
            new UserId(e.id),
            tenant,
            new Email(e.email),
            new DisplayName(e.displayName),
            StoredEnums.parse(UserStatus.class, e.status),
            e.emailVerified,
            e.verificationRequired,
            roles,
            e.passwordHash == null ? null : new PasswordHash(e.passwordHash),
            e.securityVersion,
            e.failedLogins,
            e.lockedUntil,
            e.lastLoginAt,
            e.createdAt,
            e.updatedAt,
            e.version,
            e.mfaEnabled));
  }

  static UserEntity toNewEntity(UserSnapshot s) {
    UserEntity e = new UserEntity();
    e.id = s.id().value();
    e.email = s.email().value();
    e.createdAt = s.createdAt();
    copyState(s, e);
    return e;
  }

  /** Copies the mutable state onto a managed row; identity and e-mail never change. */
  static void copyState(UserSnapshot s, UserEntity e) {
    e.displayName = s.displayName().value();
    e.status = StoredEnums.text(s.status());
    e.emailVerified = s.emailVerified();
    e.verificationRequired = s.verificationRequired();
    e.passwordHash = s.passwordHash() == null ? null : s.passwordHash().value();
    e.securityVersion = s.securityVersion();
    e.failedLogins = s.failedLogins();
    e.lockedUntil = s.lockedUntil();
    e.lastLoginAt = s.lastLoginAt();
    e.updatedAt = s.updatedAt();
    e.mfaEnabled = s.mfaEnabled();
    Set<String> roles = s.roles().stream().map(Role::name).collect(Collectors.toSet());
    // Mutate the managed collection in place so Hibernate writes only the difference.
    e.roles.retainAll(roles);
    e.roles.addAll(roles);
  }
}
