package io.tenantry.domain.user;

import io.tenantry.domain.shared.RuleViolationException;
import java.util.Set;

/** A named set of permissions held by a user; the built-in roles are the constants below. */
public record Role(String name) {
  // Declared before the constants below: they are checked against it while the class loads.
  private static final Set<String> BUILT_IN = Set.of("owner", "admin", "member", "platform_admin");

  public static final Role OWNER = new Role("owner");
  public static final Role ADMIN = new Role("admin");
  public static final Role MEMBER = new Role("member");
  public static final Role PLATFORM_ADMIN = new Role("platform_admin");

  public Role {
    if (name == null || !BUILT_IN.contains(name)) {
      throw new RuleViolationException(
          "roles", "unknown role; known roles: admin, member, owner, platform_admin");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
