package io.tenantry.domain.user;

import io.tenantry.domain.shared.RuleViolationException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named set of permissions held by a user: one of the built-in roles below, or a role a tenant
 * defined for itself (which one a name means is the tenant's {@code TenantRoles} to say).
 */
public record Role(String name) {
  // Declared before the constants below: they are checked against it while the class loads.
  private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_-]{1,39}$");
  private static final Set<String> BUILT_IN = Set.of("owner", "admin", "member", "platform_admin");

  public static final Role OWNER = new Role("owner");
  public static final Role ADMIN = new Role("admin");
  public static final Role MEMBER = new Role("member");
  public static final Role PLATFORM_ADMIN = new Role("platform_admin");

  public Role {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new RuleViolationException(
          "roles", "not a role name: lower-case letters, digits, '_' or '-', 2 to 40 characters");
    }
  }

  /** One of {@code owner}, {@code admin}, {@code member}, {@code platform_admin}. */
  public boolean isBuiltIn() {
    return BUILT_IN.contains(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
