package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomRolesApiTest {
  private static final String ROLES = "/api/v1/roles";
  private static final String USERS = "/api/v1/users";
  private static final Map<String, Object> SUPPORT =
      Map.of(
          "name",
          "support",
          "description",
          "Reads users and the audit trail",
          "permissions",
          List.of("users:read", "audit:read"));

  private CreatedTenant acme;
  private String owner;

  @BeforeEach
  void createTenant() {
    acme = Tenants.create(aTenant());
    owner = acme.owner().accessToken();
  }

  @Test
  void shouldListThePermissionCatalogueToAnyCaller() {
    CreatedUser member = Users.create(acme, aUser());
    as(member.token())
        .get("/api/v1/permissions")
        .then()
        .statusCode(200)
        .body("value", hasItems("users:read", "tenant:update", "roles:manage"))
        .body(
            "find { it.value == 'audit:read' }.description",
            equalTo("Read the tenant's audit trail"));
  }

  @Test
  void shouldLetTheOwnerCreateReadChangeAndDeleteARole() {
    as(owner)
        .body(SUPPORT)
        .post(ROLES)
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/roles/support"))
        .body("name", equalTo("support"))
        .body("built_in", equalTo(false))
        .body("permissions", equalTo(List.of("users:read", "audit:read")));
    as(owner)
        .get(ROLES)
        .then()
        .statusCode(200)
        .body("name", equalTo(List.of("owner", "admin", "member", "support")))
        .body("find { it.name == 'owner' }.built_in", equalTo(true))
        .body("name", not(hasItem("platform_admin")));
    as(owner)
        .body(Map.of("description", "Support desk", "permissions", List.of("users:read")))
        .patch(ROLES + "/support")
        .then()
        .statusCode(200)
        .body("description", equalTo("Support desk"))
        .body("permissions", equalTo(List.of("users:read")))
        .body("version", equalTo(1));
    as(owner).get(ROLES + "/support").then().statusCode(200).body("version", equalTo(1));
    as(owner).delete(ROLES + "/support").then().statusCode(204);
    as(owner).get(ROLES + "/support").then().statusCode(404);

    assertThat(AuditEvents.ofType(owner, "role.created")).hasSize(1);
    List<Map<String, Object>> updated = AuditEvents.ofType(owner, "role.updated");
    assertThat(updated).hasSize(1);
    assertThat(updated.get(0))
        .containsEntry("target_type", "role")
        .containsEntry("target_id", "support")
        .containsEntry("details", Map.of("from", "audit:read,users:read", "to", "users:read"));
    assertThat(AuditEvents.ofType(owner, "role.deleted")).hasSize(1);
  }

  @Test
  void shouldRefuseRoleManagementToAdminsAndMembers() {
    CreatedUser admin = Users.create(acme, aUser().withRoles("admin"));
    CreatedUser member = Users.create(acme, aUser());
    as(owner).body(SUPPORT).post(ROLES).then().statusCode(201);
    for (String token : List.of(admin.token(), member.token())) {
      as(token).get(ROLES).then().statusCode(403).body("code", equalTo("forbidden"));
      as(token).get(ROLES + "/support").then().statusCode(403);
      as(token)
          .body(Map.of("name", "other", "permissions", List.of("users:read")))
          .post(ROLES)
          .then()
          .statusCode(403);
      as(token).body(Map.of("description", "x")).patch(ROLES + "/support").then().statusCode(403);
      as(token).delete(ROLES + "/support").then().statusCode(403);
    }
    as(admin.token())
        .body(Map.of("name", "editor", "permissions", List.of("tenant:update")))
        .post(ROLES)
        .then()
        .statusCode(403);
  }

  @Test
  void shouldKeepEachTenantsRolesToItself() {
    as(owner).body(SUPPORT).post(ROLES).then().statusCode(201);
    CreatedTenant globex = Tenants.create(aTenant());
    String other = globex.owner().accessToken();

    as(other).get(ROLES + "/support").then().statusCode(404);
    as(other).get(ROLES).then().body("name", not(hasItem("support")));
    as(other)
        .body(aUser().withRoles("support").body())
        .post(USERS)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("roles"));
    as(other).body(SUPPORT).post(ROLES).then().statusCode(201);
  }

  @Test
  void shouldGiveAHolderExactlyTheRolesPermissionsAndApplyChangesToTheSameToken() {
    as(owner).body(SUPPORT).post(ROLES).then().statusCode(201);
    CreatedUser agent = Users.create(acme, aUser().withRoles("support"));
    String token = agent.token();

    as(token).get(USERS).then().statusCode(200);
    as(token).get(AuditEvents.AUDIT).then().statusCode(200);
    as(token).body(aUser().body()).post(USERS).then().statusCode(403);
    as(token).get("/api/v1/tenants/current").then().statusCode(403);

    as(owner)
        .body(Map.of("permissions", List.of("users:read", "tenant:read")))
        .patch(ROLES + "/support")
        .then()
        .statusCode(200);

    as(token).get(AuditEvents.AUDIT).then().statusCode(403);
    as(token).get("/api/v1/tenants/current").then().statusCode(200);
    as(token).get(USERS).then().statusCode(200);
  }

  @Test
  void shouldLetNobodyGrantAPermissionTheyLack() {
    as(owner)
        .body(Map.of("name", "editor", "permissions", List.of("users:read", "tenant:update")))
        .post(ROLES)
        .then()
        .statusCode(201);
    as(owner).body(SUPPORT).post(ROLES).then().statusCode(201);
    CreatedUser admin = Users.create(acme, aUser().withRoles("admin"));
    CreatedUser member = Users.create(acme, aUser());

    as(admin.token()).body(aUser().withRoles("editor").body()).post(USERS).then().statusCode(403);
    as(admin.token())
        .body(Map.of("roles", List.of("editor")))
        .put(USERS + "/" + member.id() + "/roles")
        .then()
        .statusCode(403);
    as(admin.token())
        .body(Map.of("roles", List.of("support")))
        .put(USERS + "/" + member.id() + "/roles")
        .then()
        .statusCode(200)
        .body("roles", equalTo(List.of("support")));
  }

  @Test
  void shouldRefuseUnknownPermissionsBuiltInNamesAndPlatformAdministration() {
    as(owner)
        .body(Map.of("name", "wizard", "permissions", List.of("users:read", "magic:cast")))
        .post(ROLES)
        .then()
        .statusCode(400)
        .body("code", equalTo("unknown_permission"))
        .body("errors.field", hasItem("permissions"));
    as(owner)
        .body(Map.of("name", "wizard", "permissions", List.of("platform:admin")))
        .post(ROLES)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("permissions"));
    for (String name : List.of("admin", "platform_admin", "Bad Name", "x")) {
      as(owner)
          .body(Map.of("name", name, "permissions", List.of("users:read")))
          .post(ROLES)
          .then()
          .statusCode(400);
    }
    as(owner).body(Map.of("description", "mine")).patch(ROLES + "/admin").then().statusCode(403);
    as(owner).delete(ROLES + "/member").then().statusCode(403);
    as(owner).body(SUPPORT).post(ROLES).then().statusCode(201);
    as(owner).body(SUPPORT).post(ROLES).then().statusCode(409).body("code", equalTo("role_taken"));
  }

  @Test
  void shouldRefuseToDeleteARoleSomeoneHolds() {
    as(owner).body(SUPPORT).post(ROLES).then().statusCode(201);
    CreatedUser invited = Users.invite(acme, aUser().withRoles("support"));

    as(owner)
        .delete(ROLES + "/support")
        .then()
        .statusCode(409)
        .body("code", equalTo("role_in_use"));

    as(owner).delete(USERS + "/" + invited.id()).then().statusCode(204);
    as(owner).delete(ROLES + "/support").then().statusCode(204);
  }
}
