package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TenantApiTest {
  private static final String CURRENT = "/api/v1/tenants/current";

  @Test
  void shouldShowTheCallersTenantToAnyMember() {
    CreatedTenant acme = Tenants.create(aTenant().withName("Acme Corp"));
    String member = Users.create(acme, aUser()).token();
    as(member)
        .get(CURRENT)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("id", equalTo(acme.id()))
        .body("slug", equalTo(acme.slug()))
        .body("name", equalTo("Acme Corp"))
        .body("status", equalTo("active"))
        .body("self_registration", equalTo(false));
  }

  @Test
  void shouldLetOnlyTheOwnerChangeTheTenant() {
    CreatedTenant acme = Tenants.create(aTenant());
    String admin = Users.create(acme, aUser().withRoles("admin")).token();
    as(admin).body(Map.of("name", "Hijacked")).patch(CURRENT).then().statusCode(403);

    as(acme.owner().accessToken())
        .header("If-Match", "\"0\"")
        .body(Map.of("name", "Acme Two", "self_registration", true))
        .patch(CURRENT)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("Acme Two"))
        .body("self_registration", equalTo(true));
    as(acme.owner().accessToken())
        .header("If-Match", "\"0\"")
        .body(Map.of("name", "Stale"))
        .patch(CURRENT)
        .then()
        .statusCode(412);
  }

  @Test
  void shouldRejectStatusAndUnknownFields() {
    CreatedTenant acme = Tenants.create(aTenant());
    String owner = acme.owner().accessToken();
    as(owner)
        .body(Map.of("status", "suspended"))
        .patch(CURRENT)
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("status"));
    as(owner)
        .body(Map.of("slug", "renamed"))
        .patch(CURRENT)
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("slug"));
    as(owner)
        .body(Map.of("name", ""))
        .patch(CURRENT)
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("name"));
  }
}
