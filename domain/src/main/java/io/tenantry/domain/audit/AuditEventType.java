package io.tenantry.domain.audit;

import java.util.Arrays;
import java.util.Optional;

/** What an audit event records, with the dotted name the API shows. */
public enum AuditEventType {
  LOGIN_SUCCEEDED("auth.login.succeeded"),
  LOGIN_FAILED("auth.login.failed"),
  ACCOUNT_LOCKED("auth.account.locked"),
  LOGOUT("auth.logout"),
  TOKEN_REUSE_DETECTED("auth.token.reuse_detected"),
  PASSWORD_RESET("auth.password.reset"),
  PASSWORD_CHANGED("auth.password.changed"),
  SESSION_REVOKED("auth.session.revoked"),
  USER_CREATED("user.created"),
  USER_UPDATED("user.updated"),
  USER_ROLES_CHANGED("user.roles.changed"),
  USER_DISABLED("user.disabled"),
  USER_DELETED("user.deleted"),
  TENANT_CREATED("tenant.created"),
  TENANT_UPDATED("tenant.updated"),
  TENANT_SUSPENDED("tenant.suspended"),
  TENANT_DELETED("tenant.deleted"),
  CLIENT_CREATED("client.created"),
  CLIENT_UPDATED("client.updated"),
  CLIENT_DELETED("client.deleted"),
  CLIENT_SECRET_ROTATED("client.secret_rotated"),
  MFA_ENABLED("mfa.enabled"),
  MFA_DISABLED("mfa.disabled"),
  MFA_RESET("mfa.reset"),
  MFA_RECOVERY_CODES_REGENERATED("mfa.recovery_codes_regenerated"),
  MFA_FAILED("auth.mfa_failed"),
  MFA_RECOVERY_CODE_USED("mfa.recovery_code_used"),
  API_KEY_CREATED("api_key.created"),
  API_KEY_REVOKED("api_key.revoked"),
  API_KEY_FAILED("auth.api_key_failed"),
  ROLE_CREATED("role.created"),
  ROLE_UPDATED("role.updated"),
  ROLE_DELETED("role.deleted"),
  WEBHOOK_DISABLED("webhook.disabled");

  private final String wireName;

  AuditEventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The type with this wire name, if there is one. */
  public static Optional<AuditEventType> byWireName(String raw) {
    return Arrays.stream(values()).filter(type -> type.wireName.equals(raw)).findFirst();
  }
}
