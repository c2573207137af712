package io.tenantry.application.oauth;

import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.util.Set;

/** The OpenID Connect UserInfo claims of the token's user. */
public record UserInfo(
    UserId subject,
    Email email,
    boolean emailVerified,
    DisplayName name,
    TenantRef tenant,
    Set<Role> groups) {
  public UserInfo {
    groups = Set.copyOf(groups);
  }
}
