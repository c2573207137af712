package io.tenantry.application.contract;

import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The one copy of the aggregates that repository tests store (in the contract tests here and in the
 * JPA tests that reuse them): a tenant under a fresh slug, an active user with a password, an
 * invited member.
 */
public final class Fixtures {
  /** A stored hash in the format the JPA column takes; nothing checks it against a password. */
  public static final PasswordHash HASH = new PasswordHash("$argon2id$x");

  private Fixtures() {}

  /** A slug no other test uses. */
  public static TenantSlug freshSlug() {
    return new TenantSlug("t-" + UUID.randomUUID().toString().substring(0, 8));
  }

  /** A new tenant under {@code slug}, named after it. */
  public static Tenant tenant(TenantSlug slug, Instant now) {
    return Tenant.create(slug, new TenantName("T " + slug), now);
  }

  /** An active user with a password, as stored after registration. */
  public static User activeUser(
      TenantId tenant, String email, String name, Role role, Instant now) {
    return User.createActive(
        tenant, new Email(email), new DisplayName(name), Set.of(role), HASH, now);
  }

  /** A member invited and not accepted yet: no password. */
  public static User invitedMember(TenantId tenant, String email, String name, Instant now) {
    return User.invite(tenant, new Email(email), new DisplayName(name), Set.of(Role.MEMBER), now);
  }
}
