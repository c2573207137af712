package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.json;
import static io.tenantry.bootstrap.support.Api.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Concurrently;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Mailbox;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminTenantApiTest {
  private static final String TENANTS = "/api/v1/admin/tenants";

  @Test
  void shouldCreateATenantWhoseOwnerCanLogIn() {
    String slug = Api.uniqueSlug("globex");
    as(Api.admin().accessToken())
        .body(aTenant().withSlug(slug).withName("Globex").body())
        .post(TENANTS)
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.containsString(TENANTS + "/"))
        .header("ETag", "\"0\"")
        .body("slug", equalTo(slug))
        .body("name", equalTo("Globex"))
        .body("status", equalTo("active"))
        .body("self_registration", equalTo(false))
        .body("version", equalTo(0));

    login(slug, "owner@acme.test", PASSWORD).statusCode(200);
  }

  @Test
  void shouldInviteTheOwnerWhenNoPasswordIsGiven() {
    String email = "invited-owner-" + System.nanoTime() + "@initech.test";
    CreatedTenant tenant = Tenants.create(aTenant().withOwnerEmail(email).withoutOwnerPassword());

    var mail = Mailbox.await(email, "invited");
    String link = Mailbox.linkIn(mail);
    assertThat(link).startsWith("http://localhost:8080/accept-invitation?token=");
    login(tenant.slug(), email, PASSWORD).statusCode(401);

    json()
        .body(Map.of("token", Mailbox.tokenIn(mail), "password", PASSWORD, "display_name", "Ida"))
        .post("/api/v1/auth/invitations/accept")
        .then()
        .statusCode(200);
    login(tenant.slug(), email, PASSWORD).statusCode(200);
  }

  @Test
  void shouldRefuseDuplicateAndReservedSlugs() {
    CreatedTenant existing = Tenants.create(aTenant());
    String admin = Api.admin().accessToken();
    for (String slug : List.of(existing.slug(), "system")) {
      as(admin)
          .body(aTenant().withSlug(slug).body())
          .post(TENANTS)
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("code", equalTo("slug_taken"));
    }
  }

  @Test
  void shouldCreateExactlyOneTenantWhenTheSameSlugRaces() throws Exception {
    String admin = Api.admin().accessToken();
    String slug = Api.uniqueSlug("race");
    List<Integer> statuses =
        Concurrently.statuses(
            4, () -> as(admin).body(aTenant().withSlug(slug).body()).post(TENANTS).statusCode());
    assertThat(statuses).containsExactly(201, 409, 409, 409);
    login(slug, "owner@acme.test", PASSWORD).statusCode(200);
  }

  @Test
  void shouldValidateTheNewTenant() {
    as(Api.admin().accessToken())
        .body(aTenant().withSlug("Bad Slug!").withOwnerPassword("short").body())
        .post(TENANTS)
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"))
        .body("errors.field", hasItem("slug"));
    as(Api.admin().accessToken())
        .body(aTenant().withOwnerPassword("password1234").body())
        .post(TENANTS)
        .then()
        .statusCode(400)
        .body("code", equalTo("weak_password"))
        .body("errors.field", hasItem("owner.password"));
  }

  @Test
  void shouldListSearchAndPageTenants() {
    String marker = "zz" + Long.toString(System.nanoTime(), 36);
    for (int i = 0; i < 3; i++) {
      Tenants.create(aTenant().withSlug(marker + "-" + i).withName("Listed " + i));
    }
    String admin = Api.admin().accessToken();
    as(admin)
        .queryParam("q", marker)
        .queryParam("size", 2)
        .queryParam("sort", "slug,desc")
        .get(TENANTS)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("total_exact", equalTo(true))
        .body("size", equalTo(2))
        .body("page", equalTo(0))
        .body("items.slug", equalTo(List.of(marker + "-2", marker + "-1")));
    as(admin)
        .queryParam("size", 101)
        .get(TENANTS)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("size"));
    as(admin)
        .queryParam("sort", "password,asc")
        .get(TENANTS)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sort"));
    as(admin).queryParam("sort", "slug;drop table tenants").get(TENANTS).then().statusCode(400);
  }

  @Test
  void shouldShowAndRenameATenantWithIfMatch() {
    CreatedTenant tenant = Tenants.create(aTenant());
    Users.invite(tenant, aUser());
    String admin = Api.admin().accessToken();
    as(admin)
        .get(TENANTS + "/" + tenant.id())
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("user_count", equalTo(2));

    as(admin)
        .header("If-Match", "\"7\"")
        .body(Map.of("name", "Renamed"))
        .patch(TENANTS + "/" + tenant.id())
        .then()
        .statusCode(412)
        .body("code", equalTo("version_conflict"));
    as(admin)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", "Renamed"))
        .patch(TENANTS + "/" + tenant.id())
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("Renamed"));
  }

  @Test
  void shouldCutOffASuspendedTenantAtOnceAndLetItBackIn() {
    CreatedTenant tenant = Tenants.create(aTenant());
    String admin = Api.admin().accessToken();
    as(admin)
        .body(Map.of("status", "suspended"))
        .patch(TENANTS + "/" + tenant.id())
        .then()
        .statusCode(200)
        .body("status", equalTo("suspended"));

    as(tenant.owner().accessToken())
        .get("/api/v1/users/me")
        .then()
        .statusCode(403)
        .body("code", equalTo("tenant_suspended"));
    login(tenant.slug(), tenant.ownerEmail(), PASSWORD)
        .statusCode(401)
        .body("code", equalTo("invalid_credentials"));

    as(admin)
        .body(Map.of("status", "active"))
        .patch(TENANTS + "/" + tenant.id())
        .then()
        .statusCode(200);
    as(tenant.owner().accessToken()).get("/api/v1/users/me").then().statusCode(200);
  }

  @Test
  void shouldDeleteATenantAndAllItsData() {
    CreatedTenant tenant = Tenants.create(aTenant());
    Users.invite(tenant, aUser());
    String admin = Api.admin().accessToken();
    as(admin).delete(TENANTS + "/" + tenant.id()).then().statusCode(204);

    as(admin)
        .get(TENANTS + "/" + tenant.id())
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
    login(tenant.slug(), tenant.ownerEmail(), PASSWORD).statusCode(401);
    as(tenant.owner().accessToken()).get("/api/v1/users/me").then().statusCode(401);
    assertThat(
            Database.count(
                "select count(*) from information_schema.schemata where schema_name = ?",
                "t_" + tenant.slug().replace('-', '_')))
        .isZero();
    assertThat(
            Database.count(
                "select count(*) from control.mail_outbox where tenant_id = ?::uuid", tenant.id()))
        .isZero();
  }

  @Test
  void shouldNeverSuspendOrDeleteTheSystemTenant() {
    String admin = Api.admin().accessToken();
    String systemId =
        as(admin)
            .queryParam("q", "system")
            .get(TENANTS)
            .then()
            .extract()
            .path("items.find { it.slug == 'system' }.id");
    as(admin)
        .body(Map.of("status", "suspended"))
        .patch(TENANTS + "/" + systemId)
        .then()
        .statusCode(403);
    as(admin).delete(TENANTS + "/" + systemId).then().statusCode(403);
  }

  @Test
  void shouldKeepTenantAdministrationToPlatformAdmins() {
    CreatedTenant tenant = Tenants.create(aTenant());
    as(tenant.owner().accessToken())
        .get(TENANTS)
        .then()
        .statusCode(403)
        .body("code", equalTo("forbidden"));
    as(tenant.owner().accessToken()).body(aTenant().body()).post(TENANTS).then().statusCode(403);
    as(tenant.owner().accessToken()).delete(TENANTS + "/" + tenant.id()).then().statusCode(403);
    json().get(TENANTS).then().statusCode(401).header("WWW-Authenticate", "Bearer");
    as(Api.admin().accessToken())
        .get(TENANTS)
        .then()
        .statusCode(200)
        .body("items.slug", hasItem("system"))
        .body("items.slug", not(hasItem("nope")));
  }
}
