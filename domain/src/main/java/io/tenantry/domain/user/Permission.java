package io.tenantry.domain.user;

/** What an actor may do; granted through roles by the {@link RoleResolver}. */
public enum Permission {
  USERS_READ("users:read"),
  USERS_WRITE("users:write"),
  USERS_DELETE("users:delete"),
  ROLES_ASSIGN("roles:assign"),
  AUDIT_READ("audit:read"),
  TENANT_READ("tenant:read"),
  TENANT_UPDATE("tenant:update"),
  PLATFORM_ADMIN("platform:admin"),
  CLIENTS_WRITE("clients:write"),
  WEBHOOKS_WRITE("webhooks:write"),
  ROLES_MANAGE("roles:manage");

  private final String value;

  Permission(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }
}
