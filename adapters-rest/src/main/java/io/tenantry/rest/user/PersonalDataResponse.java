package io.tenantry.rest.user;

import io.tenantry.application.user.MfaSummary;
import io.tenantry.domain.role.TenantRoles;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import io.tenantry.rest.apikey.ApiKeyResponse;
import io.tenantry.rest.audit.AuditEventResponse;
import io.tenantry.rest.session.SessionResponse;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller's own data export as the API documents it; {@link PersonalDataStream} writes it field
 * by field in this order. Never a password hash, token, key, secret or recovery code.
 */
@Schema(name = "PersonalDataExport")
public record PersonalDataResponse(
    Instant exportedAt,
    String tenant,
    UserResponse profile,
    List<RoleGrant> roles,
    List<SessionResponse> sessions,
    @Schema(description = "The caller's API keys that are not revoked; never the key or its hash")
        List<ApiKeyResponse> apiKeys,
    MfaState mfa,
    @Schema(description = "The caller's second factors (a TOTP authenticator), without secrets")
        List<MfaFactor> mfaFactors,
    @Schema(description = "The newest 10,000 events the caller caused or that are about them")
        List<AuditEventResponse> auditEvents) {

  /** A role the caller holds and what it grants them. */
  @Schema(name = "RoleGrant")
  public record RoleGrant(String name, List<String> permissions) {
    static RoleGrant of(Role role, TenantRoles definitions) {
      return new RoleGrant(
          role.name(),
          definitions.grantsOf(role).stream().sorted().map(Permission::value).toList());
    }
  }

  /** Whether a second factor guards the account; never its secret or codes. */
  @Schema(name = "MfaState")
  public record MfaState(
      boolean enabled,
      @Schema(nullable = true, description = "When the authenticator was confirmed") Instant since,
      @Schema(description = "Recovery codes not used yet") int recoveryCodesRemaining) {
    static MfaState of(MfaSummary mfa) {
      return new MfaState(mfa.enabled(), mfa.since().orElse(null), mfa.recoveryCodesRemaining());
    }
  }

  /** One second factor of the caller; never its secret. */
  @Schema(name = "MfaFactor")
  public record MfaFactor(
      @Schema(enumeration = "totp") String type,
      Instant createdAt,
      @Schema(nullable = true, description = "Null while the set-up waits for its first code")
          Instant confirmedAt) {
    static List<MfaFactor> of(MfaSummary mfa) {
      return mfa.totpCreatedAt()
          .map(created -> List.of(new MfaFactor("totp", created, mfa.since().orElse(null))))
          .orElse(List.of());
    }
  }
}
