package io.tenantry.domain.role;

import static io.tenantry.domain.user.Permission.AUDIT_READ;
import static io.tenantry.domain.user.Permission.PLATFORM_ADMIN;
import static io.tenantry.domain.user.Permission.TENANT_UPDATE;
import static io.tenantry.domain.user.Permission.USERS_READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.RoleResolver;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantRolesTest {
  private static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");
  private static final Role SUPPORT = new Role("support");
  private static final Role AUDITOR = new Role("tenant_editor");
  private static final TenantRoles ACME =
      new TenantRoles(
          List.of(
              CustomRole.define(SUPPORT, "Support", Set.of(USERS_READ, AUDIT_READ), NOW),
              CustomRole.define(AUDITOR, "", Set.of(TENANT_UPDATE), NOW)));

  @Test
  void shouldKnowTheBuiltInRolesAndItsOwnButNoOthers() {
    assertThat(ACME.defines(Role.OWNER)).isTrue();
    assertThat(ACME.defines(SUPPORT)).isTrue();
    assertThat(ACME.defines(new Role("root"))).isFalse();
    assertThat(TenantRoles.BUILT_IN_ONLY.defines(SUPPORT)).isFalse();
  }

  @Test
  void shouldGrantWhatItsOwnRolesDefineAndWhatBuiltInRolesAlwaysGrant() {
    assertThat(ACME.permissionsOf(Set.of(SUPPORT)))
        .containsExactlyInAnyOrder(USERS_READ, AUDIT_READ);
    assertThat(ACME.permissionsOf(Set.of(Role.ADMIN)))
        .isEqualTo(RoleResolver.permissionsOf(Set.of(Role.ADMIN)));
    assertThat(ACME.permissionsOf(Set.of(new Role("root")))).isEmpty();
  }

  @Test
  void shouldLetNobodyAssignARoleGrantingAPermissionTheyLack() {
    assertThat(ACME.canAssign(Set.of(Role.ADMIN), SUPPORT)).isTrue();
    assertThat(ACME.canAssign(Set.of(Role.ADMIN), AUDITOR)).isFalse();
    assertThat(ACME.canAssign(Set.of(Role.OWNER), AUDITOR)).isTrue();
    assertThat(ACME.canAssign(Set.of(SUPPORT), SUPPORT)).isFalse(); // no roles:assign
  }

  @Test
  void shouldRefuseBuiltInNamesAndPlatformAdministrationInATenantsRole() {
    assertThatThrownBy(() -> CustomRole.define(Role.ADMIN, "", Set.of(USERS_READ), NOW))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> CustomRole.define(SUPPORT, "", Set.of(PLATFORM_ADMIN), NOW))
        .isInstanceOf(RuleViolationException.class);
  }
}
