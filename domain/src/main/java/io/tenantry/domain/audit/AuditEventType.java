package io.tenantry.domain.audit;

import io.tenantry.domain.shared.RuleViolationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What an audit event records, with the dotted name the API shows. */
public enum AuditEventType {
  LOGIN_SUCCEEDED("auth.login.succeeded"),
  LOGIN_FAILED("auth.login.failed"),
  ACCOUNT_LOCKED("auth.account.locked"),
  LOGOUT("auth.logout"),
  TOKEN_REUSE_DETECTED("auth.token.reuse_detected"),
  PASSWORD_RESET("auth.password.reset"),
  PASSWORD_CHANGED("auth.password.changed"),
  USER_CREATED("user.created"),
  USER_UPDATED("user.updated"),
  USER_ROLES_CHANGED("user.roles.changed"),
  USER_DISABLED("user.disabled"),
  USER_DELETED("user.deleted"),
  TENANT_CREATED("tenant.created"),
  TENANT_UPDATED("tenant.updated"),
  TENANT_SUSPENDED("tenant.suspended");

  private final String wireName;

  AuditEventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** Reads a wire name; anything else is a violation of {@code field} listing the known names. */
  public static AuditEventType fromWire(String raw, String field) {
    for (AuditEventType type : values()) {
      if (type.wireName.equals(raw)) {
        return type;
      }
    }
    String allowed =
        Arrays.stream(values()).map(AuditEventType::wireName).collect(Collectors.joining(", "));
    throw new RuleViolationException(field, "must be one of: " + allowed);
  }
}
