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
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Concurrently;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Mailbox;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserApiTest {
  private static final String USERS = "/api/v1/users";
  private CreatedTenant acme;
  private String owner;

  @BeforeEach
  void createTenant() {
    acme = Tenants.create(aTenant());
    owner = acme.owner().accessToken();
  }

  @Test
  void shouldShowTheCallerWithoutSecrets() {
    as(owner)
        .get(USERS + "/me")
        .then()
        .statusCode(200)
        .header("ETag", org.hamcrest.Matchers.matchesPattern("^\"\\d+\"$"))
        .body("email", equalTo(acme.ownerEmail()))
        .body("status", equalTo("active"))
        .body("roles", equalTo(List.of("owner")))
        .body("locked_until", nullValue())
        .body("$", not(org.hamcrest.Matchers.hasKey("password_hash")))
        .body("$", not(org.hamcrest.Matchers.hasKey("security_version")));
  }

  @Test
  void shouldRenameTheCallerButNothingElse() {
    as(owner)
        .body(Map.of("display_name", "  Olga  "))
        .patch(USERS + "/me")
        .then()
        .statusCode(200)
        .body("display_name", equalTo("Olga"));
    as(owner)
        .body(Map.of("display_name", "Olga", "roles", List.of("member")))
        .patch(USERS + "/me")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("roles"));
    as(owner).get(USERS + "/me").then().body("roles", equalTo(List.of("owner")));
  }

  @Test
  void shouldInviteAUserAndQueueTheInvitation() {
    as(owner)
        .body(
            Map.of(
                "email",
                "New.Person@Acme.test",
                "display_name",
                "New Person",
                "roles",
                List.of("member")))
        .post(USERS)
        .then()
        .statusCode(201)
        .body("email", equalTo("new.person@acme.test"))
        .body("status", equalTo("invited"))
        .body("email_verified", equalTo(false));
    assertThat(
            Database.count(
                "select count(*) from control.mail_outbox where recipient = ? and template = 'invitation'",
                "new.person@acme.test"))
        .isEqualTo(1);

    as(owner)
        .body(
            Map.of(
                "email",
                "NEW.PERSON@acme.test",
                "display_name",
                "Again",
                "roles",
                List.of("member")))
        .post(USERS)
        .then()
        .statusCode(409)
        .body("code", equalTo("email_taken"));
  }

  @Test
  void shouldCreateExactlyOneUserWhenTheSameInviteRaces() throws Exception {
    Map<String, Object> body = aUser().withEmail("twin@acme.test").body();
    List<Integer> statuses =
        Concurrently.statuses(4, () -> as(owner).body(body).post(USERS).statusCode());
    assertThat(statuses).containsExactly(201, 409, 409, 409);
    as(owner).queryParam("q", "twin@").get(USERS).then().body("total", equalTo(1));
  }

  @Test
  void shouldNeverLeaveATenantWithoutAnOwnerUnderConcurrentDemotions() throws Exception {
    CreatedUser second = Users.create(acme, aUser().withRoles("owner"));
    String firstId = as(owner).get(USERS + "/me").then().extract().path("id");
    Map<String, Object> demote = Map.of("roles", List.of("admin"));
    List<Integer> statuses =
        Concurrently.statuses(
            2,
            new java.util.concurrent.Callable<>() {
              private final java.util.concurrent.atomic.AtomicInteger calls =
                  new java.util.concurrent.atomic.AtomicInteger();

              @Override
              public Integer call() {
                boolean first = calls.getAndIncrement() == 0;
                String target = first ? second.id() : firstId;
                String caller = first ? owner : second.token();
                return as(caller).body(demote).put(USERS + "/" + target + "/roles").statusCode();
              }
            });
    // The loser either finds the last owner (409) or, if it authenticated after losing its own
    // owner role, is no longer allowed to touch an owner (403). Never both succeed.
    assertThat(statuses).hasSize(2).contains(200).containsAnyOf(403, 409).doesNotHaveDuplicates();
    assertThat(
            Database.count(
                "select count(*) from t_"
                    + acme.slug().replace('-', '_')
                    + ".user_roles where role = 'owner'"))
        .isEqualTo(1);
  }

  @Test
  void shouldActivateAnInvitedUserWhoAccepts() {
    CreatedUser user = Users.create(acme, aUser().withRoles("admin"));
    as(user.token())
        .get(USERS + "/me")
        .then()
        .statusCode(200)
        .body("status", equalTo("active"))
        .body("email_verified", equalTo(true));
    String token = Mailbox.awaitToken(user.email(), "invited");
    json()
        .body(Map.of("token", token, "password", PASSWORD, "display_name", "Twice"))
        .post("/api/v1/auth/invitations/accept")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_token"));
  }

  @Test
  void shouldSearchPageAndSortTheDirectory() {
    Users.invite(acme, aUser().withEmail("anna@acme.test").withRoles("admin"));
    Users.invite(acme, aUser().withEmail("bert@acme.test"));
    Users.invite(acme, aUser().withEmail("carl@other.test"));
    as(owner)
        .queryParam("q", "ACME.test")
        .queryParam("sort", "email,asc")
        .get(USERS)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("total_exact", equalTo(true))
        .body(
            "items.email", equalTo(List.of("anna@acme.test", "bert@acme.test", acme.ownerEmail())));
    as(owner)
        .queryParam("role", "admin")
        .get(USERS)
        .then()
        .body("items.email", equalTo(List.of("anna@acme.test")));
    as(owner)
        .queryParam("status", "invited")
        .queryParam("size", 2)
        .queryParam("page", 1)
        .queryParam("sort", "email,desc")
        .get(USERS)
        .then()
        .body("total", equalTo(3))
        .body("page", equalTo(1))
        .body("items.email", equalTo(List.of("anna@acme.test")));
    as(owner).queryParam("q", "%").get(USERS).then().statusCode(200).body("total", equalTo(0));
    as(owner).queryParam("size", "101").get(USERS).then().statusCode(400);
    as(owner)
        .queryParam("page", "x")
        .get(USERS)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("page"));
    as(owner).queryParam("sort", "email;--").get(USERS).then().statusCode(400);
    as(owner)
        .queryParam("status", "gone")
        .get(USERS)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("status"));
  }

  @Test
  void shouldShowEachPasswordLoginAndSortTheDirectoryByIt() {
    CreatedUser dana = Users.create(acme, aUser().withEmail("dana@acme.test"));
    Users.invite(acme, aUser().withEmail("eve@acme.test"));

    login(acme.slug(), "dana@acme.test", PASSWORD).statusCode(200);

    String shown =
        as(owner)
            .get(USERS + "/" + dana.id())
            .then()
            .statusCode(200)
            .body("last_login_at", notNullValue())
            .extract()
            .path("last_login_at");
    as(owner)
        .queryParam("status", "active")
        .queryParam("sort", "last_login_at,desc")
        .get(USERS)
        .then()
        .statusCode(200)
        .body("items.email", equalTo(List.of("dana@acme.test", acme.ownerEmail())))
        .body("items[0].last_login_at", equalTo(shown));
    as(owner)
        .queryParam("status", "active")
        .queryParam("sort", "last_login_at,asc")
        .get(USERS)
        .then()
        .body("items.email", equalTo(List.of(acme.ownerEmail(), "dana@acme.test")));
  }

  @Test
  void shouldListUsersWhoNeverLoggedInLastWhicheverTheDirection() {
    Users.create(acme, aUser().withEmail("fay@acme.test"));
    Users.invite(acme, aUser().withEmail("gus@acme.test"));
    login(acme.slug(), "fay@acme.test", PASSWORD).statusCode(200);

    as(owner)
        .queryParam("sort", "last_login_at,desc")
        .get(USERS)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.email", equalTo(List.of("fay@acme.test", acme.ownerEmail(), "gus@acme.test")))
        .body("items[2].last_login_at", nullValue());
    as(owner)
        .queryParam("sort", "last_login_at,asc")
        .get(USERS)
        .then()
        .statusCode(200)
        .body("items.email", equalTo(List.of(acme.ownerEmail(), "fay@acme.test", "gus@acme.test")));
    as(owner)
        .queryParam("sort", "last_login_at,desc")
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get(USERS)
        .then()
        .statusCode(200)
        .body("items.email", equalTo(List.of("gus@acme.test")));
  }

  @Test
  void shouldHideOtherTenantsUsers() {
    CreatedTenant other = Tenants.create(aTenant());
    String foreignId =
        as(other.owner().accessToken()).get(USERS + "/me").then().extract().path("id");
    as(owner)
        .get(USERS + "/" + foreignId)
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
    as(owner)
        .body(Map.of("display_name", "x"))
        .patch(USERS + "/" + foreignId)
        .then()
        .statusCode(404);
    as(owner).delete(USERS + "/" + foreignId).then().statusCode(404);
    as(owner)
        .body(Map.of("roles", List.of("member")))
        .put(USERS + "/" + foreignId + "/roles")
        .then()
        .statusCode(404);
    as(other.owner().accessToken()).get(USERS + "/me").then().statusCode(200);
  }

  @Test
  void shouldRefuseADisabledUsersTokenOnItsNextCall() {
    CreatedUser user = Users.create(acme, aUser());
    as(user.token()).get(USERS + "/me").then().statusCode(200);
    as(owner)
        .body(Map.of("status", "disabled"))
        .patch(USERS + "/" + user.id())
        .then()
        .statusCode(200)
        .body("status", equalTo("disabled"));

    as(user.token()).get(USERS + "/me").then().statusCode(401);
    json()
        .body(Map.of("refresh_token", user.session().refreshToken()))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401);
    login(acme.slug(), user.email(), PASSWORD).statusCode(401);

    as(owner)
        .body(Map.of("status", "active"))
        .patch(USERS + "/" + user.id())
        .then()
        .statusCode(200);
    login(acme.slug(), user.email(), PASSWORD).statusCode(200);
  }

  @Test
  void shouldHonourIfMatchOnUpdates() {
    CreatedUser user = Users.invite(acme, aUser());
    String etag = as(owner).get(USERS + "/" + user.id()).then().extract().header("ETag");
    as(owner)
        .header("If-Match", etag)
        .body(Map.of("display_name", "First"))
        .patch(USERS + "/" + user.id())
        .then()
        .statusCode(200);
    as(owner)
        .header("If-Match", etag)
        .body(Map.of("display_name", "Second"))
        .patch(USERS + "/" + user.id())
        .then()
        .statusCode(412)
        .body("code", equalTo("version_conflict"));
    as(owner).get(USERS + "/" + user.id()).then().body("display_name", equalTo("First"));
  }

  @Test
  void shouldAssignRolesWithinTheCallersOwnPower() {
    CreatedUser admin = Users.create(acme, aUser().withRoles("admin"));
    CreatedUser member = Users.create(acme, aUser());
    as(admin.token())
        .body(Map.of("roles", List.of("admin")))
        .put(USERS + "/" + member.id() + "/roles")
        .then()
        .statusCode(200)
        .body("roles", equalTo(List.of("admin")));
    as(admin.token())
        .body(Map.of("roles", List.of("owner")))
        .put(USERS + "/" + member.id() + "/roles")
        .then()
        .statusCode(403)
        .body("code", equalTo("forbidden"));
    as(admin.token())
        .body(Map.of("roles", List.of("platform_admin")))
        .put(USERS + "/" + member.id() + "/roles")
        .then()
        .statusCode(400);
    as(admin.token())
        .body(Map.of("roles", List.of("wizard")))
        .put(USERS + "/" + member.id() + "/roles")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("roles"));
    as(owner)
        .body(Map.of("roles", List.of("owner")))
        .put(USERS + "/" + member.id() + "/roles")
        .then()
        .statusCode(200);
  }

  @Test
  void shouldTakeEffectOnTheNextRequestWhenRolesChange() {
    CreatedUser admin = Users.create(acme, aUser().withRoles("admin"));
    as(admin.token()).get(USERS).then().statusCode(200);
    as(owner)
        .body(Map.of("roles", List.of("member")))
        .put(USERS + "/" + admin.id() + "/roles")
        .then()
        .statusCode(200);
    as(admin.token()).body(aUser().body()).post(USERS).then().statusCode(403);
  }

  @Test
  void shouldKeepTheLastOwner() {
    String ownerId = as(owner).get(USERS + "/me").then().extract().path("id");
    as(owner)
        .body(Map.of("roles", List.of("admin")))
        .put(USERS + "/" + ownerId + "/roles")
        .then()
        .statusCode(409)
        .body("code", equalTo("last_owner"));
    as(owner)
        .body(Map.of("status", "disabled"))
        .patch(USERS + "/" + ownerId)
        .then()
        .statusCode(409)
        .body("code", equalTo("last_owner"));
    as(owner)
        .delete(USERS + "/" + ownerId)
        .then()
        .statusCode(409)
        .body("code", equalTo("last_owner"));

    CreatedUser second = Users.create(acme, aUser().withRoles("owner"));
    as(second.token())
        .body(Map.of("roles", List.of("admin")))
        .put(USERS + "/" + ownerId + "/roles")
        .then()
        .statusCode(200);
  }

  @Test
  void shouldNotLetAnAdminManageAnOwner() {
    CreatedUser admin = Users.create(acme, aUser().withRoles("admin"));
    String ownerId = as(owner).get(USERS + "/me").then().extract().path("id");
    as(admin.token())
        .body(Map.of("status", "disabled"))
        .patch(USERS + "/" + ownerId)
        .then()
        .statusCode(403);
    as(admin.token()).delete(USERS + "/" + ownerId).then().statusCode(403);
  }

  @Test
  void shouldDeleteAUserAndEndTheirSessions() {
    CreatedUser user = Users.create(acme, aUser());
    as(owner).delete(USERS + "/" + user.id()).then().statusCode(204);
    as(owner).get(USERS + "/" + user.id()).then().statusCode(404);
    as(user.token()).get(USERS + "/me").then().statusCode(401);
    login(acme.slug(), user.email(), PASSWORD).statusCode(401);
  }

  @Test
  void shouldUnlockAUser() {
    CreatedUser user = Users.create(acme, aUser());
    as(owner).post(USERS + "/" + user.id() + "/unlock").then().statusCode(204);
    as(owner).get(USERS + "/" + user.id()).then().body("locked_until", nullValue());
  }

  @Test
  void shouldEnforcePermissionsPerRole() {
    CreatedUser member = Users.create(acme, aUser());
    CreatedUser admin = Users.create(acme, aUser().withRoles("admin"));
    String target = Users.invite(acme, aUser()).id();
    String m = member.token();
    as(m).get(USERS).then().statusCode(200);
    as(m).get(USERS + "/" + target).then().statusCode(200);
    as(m)
        .body(aUser().body())
        .post(USERS)
        .then()
        .statusCode(403)
        .body("code", equalTo("forbidden"));
    as(m).body(Map.of("display_name", "x")).patch(USERS + "/" + target).then().statusCode(403);
    as(m)
        .body(Map.of("roles", List.of("member")))
        .put(USERS + "/" + target + "/roles")
        .then()
        .statusCode(403);
    as(m).post(USERS + "/" + target + "/unlock").then().statusCode(403);
    as(m).delete(USERS + "/" + target).then().statusCode(403);
    as(admin.token())
        .body(Map.of("display_name", "x"))
        .patch(USERS + "/" + target)
        .then()
        .statusCode(200);
    as(admin.token()).delete(USERS + "/" + target).then().statusCode(204);
    json().get(USERS + "/me").then().statusCode(401).body("code", equalTo("unauthenticated"));
  }
}
