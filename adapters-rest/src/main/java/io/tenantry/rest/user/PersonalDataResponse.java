package io.tenantry.rest.user;

import io.tenantry.application.user.PersonalData;
import io.tenantry.domain.role.TenantRoles;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import io.tenantry.rest.audit.AuditEventResponse;
import io.tenantry.rest.session.SessionResponse;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller's own data export. {@code api_keys} and {@code mfa_factors} are listed, empty, until
 * those features store something per user; never a password hash, token or secret.
 */
@Schema(name = "PersonalDataExport")
public record PersonalDataResponse(
    Instant exportedAt,
    String tenant,
    UserResponse profile,
    List<RoleGrant> roles,
    List<SessionResponse> sessions,
    List<Object> apiKeys,
    List<Object> mfaFactors,
    List<AuditEventResponse> auditEvents) {

  static PersonalDataResponse from(PersonalData data, TenantRoles definitions) {
    return new PersonalDataResponse(
        data.exportedAt(),
        data.tenant(),
        UserResponse.from(data.profile()),
        data.profile().roles().stream()
            .map(name -> RoleGrant.of(new Role(name), definitions))
            .toList(),
        data.sessions().stream().map(SessionResponse::from).toList(),
        List.of(),
        List.of(),
        data.auditEvents().stream().map(AuditEventResponse::from).toList());
  }

  /** A role the caller holds and what it grants them. */
  @Schema(name = "RoleGrant")
  public record RoleGrant(String name, List<String> permissions) {
    static RoleGrant of(Role role, TenantRoles definitions) {
      return new RoleGrant(
          role.name(),
          definitions.grantsOf(role).stream().sorted().map(Permission::value).toList());
    }
  }
}
