package io.tenantry.domain.user;

import static io.tenantry.domain.user.Permission.AUDIT_READ;
import static io.tenantry.domain.user.Permission.CLIENTS_WRITE;
import static io.tenantry.domain.user.Permission.PLATFORM_ADMIN;
import static io.tenantry.domain.user.Permission.ROLES_ASSIGN;
import static io.tenantry.domain.user.Permission.ROLES_MANAGE;
import static io.tenantry.domain.user.Permission.TENANT_READ;
import static io.tenantry.domain.user.Permission.TENANT_UPDATE;
import static io.tenantry.domain.user.Permission.USERS_DELETE;
import static io.tenantry.domain.user.Permission.USERS_READ;
import static io.tenantry.domain.user.Permission.USERS_WRITE;
import static io.tenantry.domain.user.Permission.WEBHOOKS_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.domain.tenant.TenantSlug;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleResolverTest {
  private static final TenantSlug ACME = new TenantSlug("acme");

  @Test
  void shouldGrantMembersTheDirectoryAndTenantRead() {
    assertThat(RoleResolver.permissionsOf(Set.of(Role.MEMBER)))
        .containsExactlyInAnyOrder(USERS_READ, TENANT_READ);
  }

  @Test
  void shouldGrantAdminsUserManagementAuditTenantReadClientsAndWebhooks() {
    assertThat(RoleResolver.permissionsOf(Set.of(Role.ADMIN)))
        .containsExactlyInAnyOrder(
            USERS_READ,
            USERS_WRITE,
            USERS_DELETE,
            ROLES_ASSIGN,
            AUDIT_READ,
            TENANT_READ,
            CLIENTS_WRITE,
            WEBHOOKS_WRITE);
  }

  @Test
  void shouldGrantOwnersEverythingAdminsHavePlusTenantUpdateAndRoleManagement() {
    assertThat(RoleResolver.permissionsOf(Set.of(Role.OWNER)))
        .containsExactlyInAnyOrder(
            USERS_READ,
            USERS_WRITE,
            USERS_DELETE,
            ROLES_ASSIGN,
            AUDIT_READ,
            TENANT_READ,
            CLIENTS_WRITE,
            WEBHOOKS_WRITE,
            TENANT_UPDATE,
            ROLES_MANAGE);
  }

  @Test
  void shouldGrantPlatformAdminsOnlyPlatformAdministration() {
    assertThat(RoleResolver.permissionsOf(Set.of(Role.PLATFORM_ADMIN)))
        .containsExactly(PLATFORM_ADMIN);
  }

  @Test
  void shouldUniteThePermissionsOfSeveralRoles() {
    assertThat(RoleResolver.permissionsOf(List.of(Role.MEMBER, Role.ADMIN)))
        .isEqualTo(RoleResolver.permissionsOf(Set.of(Role.ADMIN)));
  }

  @Test
  void shouldGrantNothingWithoutRoles() {
    assertThat(RoleResolver.permissionsOf(Set.of())).isEmpty();
  }

  @Test
  void shouldLetAnOwnerAssignEveryTenantRoleIncludingOwner() {
    Set<Role> owner = Set.of(Role.OWNER);

    assertThat(RoleResolver.canAssign(owner, Role.OWNER)).isTrue();
    assertThat(RoleResolver.canAssign(owner, Role.ADMIN)).isTrue();
    assertThat(RoleResolver.canAssign(owner, Role.MEMBER)).isTrue();
  }

  @Test
  void shouldLetAnAdminAssignAdminAndMemberButNotOwner() {
    Set<Role> admin = Set.of(Role.ADMIN);

    assertThat(RoleResolver.canAssign(admin, Role.ADMIN)).isTrue();
    assertThat(RoleResolver.canAssign(admin, Role.MEMBER)).isTrue();
    assertThat(RoleResolver.canAssign(admin, Role.OWNER)).isFalse();
  }

  @Test
  void shouldLetAMemberAssignNothing() {
    Set<Role> member = Set.of(Role.MEMBER);

    assertThat(RoleResolver.canAssign(member, Role.MEMBER)).isFalse();
    assertThat(RoleResolver.canAssign(member, Role.ADMIN)).isFalse();
    assertThat(RoleResolver.canAssign(member, Role.OWNER)).isFalse();
    assertThat(RoleResolver.canAssign(member, Role.PLATFORM_ADMIN)).isFalse();
  }

  @Test
  void shouldNotLetTenantRolesGrantPlatformAdmin() {
    assertThat(RoleResolver.canAssign(Set.of(Role.OWNER), Role.PLATFORM_ADMIN)).isFalse();
    assertThat(RoleResolver.canAssign(Set.of(Role.ADMIN), Role.PLATFORM_ADMIN)).isFalse();
  }

  @Test
  void shouldLetAPlatformAdminGrantPlatformAdminButNotTenantOwnership() {
    Set<Role> platformAdmin = Set.of(Role.PLATFORM_ADMIN);

    assertThat(RoleResolver.canAssign(platformAdmin, Role.PLATFORM_ADMIN)).isTrue();
    assertThat(RoleResolver.canAssign(platformAdmin, Role.OWNER)).isFalse();
  }

  @Test
  void shouldAllowPlatformAdminOnlyInTheSystemTenant() {
    assertThat(RoleResolver.isAllowedIn(TenantSlug.SYSTEM, Role.PLATFORM_ADMIN)).isTrue();
    assertThat(RoleResolver.isAllowedIn(ACME, Role.PLATFORM_ADMIN)).isFalse();
  }

  @Test
  void shouldAllowTenantRolesOnlyOutsideTheSystemTenant() {
    for (Role role : List.of(Role.OWNER, Role.ADMIN, Role.MEMBER)) {
      assertThat(RoleResolver.isAllowedIn(ACME, role)).as("%s in acme", role).isTrue();
      assertThat(RoleResolver.isAllowedIn(TenantSlug.SYSTEM, role))
          .as("%s in system", role)
          .isFalse();
    }
  }
}
