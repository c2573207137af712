package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.OAuth;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientsApiTest {
  private static final String CLIENTS = "/api/v1/clients";
  private CreatedTenant acme;

  @BeforeEach
  void tenant() {
    acme = Tenants.create(aTenant());
  }

  @Test
  void shouldShowAConfidentialClientsSecretOnceAndStoreOnlyItsHash() throws Exception {
    JsonPath created =
        as(acme.owner().accessToken())
            .body(
                Map.of(
                    "name",
                    "Web shop",
                    "type",
                    "confidential",
                    "redirect_uris",
                    List.of("https://shop.example.com/cb"),
                    "post_logout_redirect_uris",
                    List.of("https://shop.example.com/")))
            .post(CLIENTS)
            .then()
            .statusCode(201)
            .header("Location", containsString(CLIENTS + "/"))
            .header("Cache-Control", containsString("no-store"))
            .body("type", equalTo("confidential"))
            .body("redirect_uris", equalTo(List.of("https://shop.example.com/cb")))
            .extract()
            .jsonPath();
    String id = created.getString("client_id");
    String secret = created.getString("client_secret");
    assertThat(created.getString("id")).isEqualTo(id);
    assertThat(secret).matches("[A-Za-z0-9_-]{43}");

    as(acme.owner().accessToken())
        .get(CLIENTS + "/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Web shop"))
        .body("client_secret", nullValue());
    String schema = AuditEvents.schemaOf(acme.slug());
    assertThat(
            Database.count(
                "select count(*) from "
                    + schema
                    + ".clients where client_id = ? and secret_hash = ?",
                id,
                sha256(secret)))
        .as("only the SHA-256 of the secret is stored")
        .isOne();
    assertThat(
            Database.count(
                "select count(*) from " + schema + ".clients where secret_hash = ?", secret))
        .isZero();
    assertThat(
            Database.count(
                "select count(*) from control.client_directory where client_id = ? and tenant_id = ?::uuid",
                id,
                acme.id()))
        .as("the directory names the client's tenant")
        .isOne();
  }

  @Test
  void shouldGiveAPublicClientNoSecret() {
    as(acme.owner().accessToken())
        .body(
            Map.of(
                "name", "SPA",
                "type", "public",
                "redirect_uris", List.of("http://localhost:5173/callback")))
        .post(CLIENTS)
        .then()
        .statusCode(201)
        .body("client_secret", nullValue())
        .body("client_id", notNullValue());
  }

  @Test
  void shouldAcceptOnlyHttpsOrLoopbackRedirectUrisWithoutFragments() {
    for (String refused :
        List.of(
            "http://shop.example.com/cb",
            "https://shop.example.com/cb#frag",
            "/relative/cb",
            "javascript:alert(1)",
            "https://user@shop.example.com/cb")) {
      as(acme.owner().accessToken())
          .body(Map.of("name", "x", "type", "public", "redirect_uris", List.of(refused)))
          .post(CLIENTS)
          .then()
          .statusCode(400)
          .body("code", equalTo("validation_failed"))
          .body("errors.field", hasItem("redirect_uris"));
    }
    for (String accepted :
        List.of("http://127.0.0.1:8400/cb", "http://[::1]/cb", "https://app.example.com/cb?x=1")) {
      as(acme.owner().accessToken())
          .body(Map.of("name", "x", "type", "public", "redirect_uris", List.of(accepted)))
          .post(CLIENTS)
          .then()
          .statusCode(201)
          .body("redirect_uris", equalTo(List.of(accepted)));
    }
  }

  @Test
  void shouldGiveRolesOnlyToServiceClientsAndNeverMoreThanTheCreatorHolds() {
    as(acme.owner().accessToken())
        .body(Map.of("name", "x", "type", "confidential", "roles", List.of("admin")))
        .post(CLIENTS)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("roles"));
    String admin = Users.create(acme, aUser().withRoles("admin")).token();
    as(admin)
        .body(Map.of("name", "x", "type", "service", "roles", List.of("owner")))
        .post(CLIENTS)
        .then()
        .statusCode(403);
    as(admin)
        .body(Map.of("name", "x", "type", "service", "roles", List.of("admin")))
        .post(CLIENTS)
        .then()
        .statusCode(201)
        .body("roles", equalTo(List.of("admin")));
  }

  @Test
  void shouldLetOwnerAndAdminManageClientsButNotMembers() {
    String admin = Users.create(acme, aUser().withRoles("admin")).token();
    String member = Users.create(acme, aUser().withRoles("member")).token();
    OAuth.Client client = OAuth.confidential(admin);

    as(member).get(CLIENTS).then().statusCode(403).body("code", equalTo("forbidden"));
    as(member).get(CLIENTS + "/" + client.id()).then().statusCode(403);
    as(member).body(Map.of("name", "x", "type", "public")).post(CLIENTS).then().statusCode(403);
    as(member).delete(CLIENTS + "/" + client.id()).then().statusCode(403);
    as(member).post(CLIENTS + "/" + client.id() + "/secret").then().statusCode(403);

    as(acme.owner().accessToken())
        .get(CLIENTS)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].client_id", equalTo(client.id()))
        .body("items[0].client_secret", nullValue());
    as(admin)
        .body(Map.of("name", "Renamed", "redirect_uris", List.of("https://new.example.com/cb")))
        .patch(CLIENTS + "/" + client.id())
        .then()
        .statusCode(200)
        .body("name", equalTo("Renamed"))
        .body("redirect_uris", equalTo(List.of("https://new.example.com/cb")));
  }

  @Test
  void shouldHideAnotherTenantsClients() {
    CreatedTenant other = Tenants.create(aTenant());
    OAuth.Client theirs = OAuth.confidential(other.owner().accessToken());
    String owner = acme.owner().accessToken();

    as(owner)
        .get(CLIENTS + "/" + theirs.id())
        .then()
        .statusCode(404)
        .body("code", equalTo("client_not_found"));
    as(owner).body(Map.of("name", "x")).patch(CLIENTS + "/" + theirs.id()).then().statusCode(404);
    as(owner).delete(CLIENTS + "/" + theirs.id()).then().statusCode(404);
    as(owner).post(CLIENTS + "/" + theirs.id() + "/secret").then().statusCode(404);
    as(owner).get(CLIENTS + "/not a client").then().statusCode(404);
    as(owner).get(CLIENTS).then().statusCode(200).body("total", equalTo(0));
  }

  @Test
  void shouldRotateTheSecretSoThatOnlyTheNewOneWorks() {
    OAuth.Client service = OAuth.service(acme.owner().accessToken(), "member");
    String rotated =
        as(acme.owner().accessToken())
            .post(CLIENTS + "/" + service.id() + "/secret")
            .then()
            .statusCode(200)
            .header("Cache-Control", containsString("no-store"))
            .extract()
            .path("client_secret");

    OAuth.clientCredentials(service).statusCode(401).body("error", equalTo("invalid_client"));
    OAuth.clientCredentials(new OAuth.Client(service.id(), rotated)).statusCode(200);
  }

  @Test
  void shouldForgetADeletedClientEverywhere() {
    OAuth.Client service = OAuth.service(acme.owner().accessToken(), "member");
    as(acme.owner().accessToken()).delete(CLIENTS + "/" + service.id()).then().statusCode(204);

    as(acme.owner().accessToken()).get(CLIENTS + "/" + service.id()).then().statusCode(404);
    OAuth.clientCredentials(service).statusCode(401).body("error", equalTo("invalid_client"));
    assertThat(
            Database.count(
                "select count(*) from control.client_directory where client_id = ?", service.id()))
        .isZero();
  }

  @Test
  void shouldAuditEveryChangeToAClient() {
    String owner = acme.owner().accessToken();
    OAuth.Client client = OAuth.confidential(owner);
    as(owner)
        .body(Map.of("name", "Renamed"))
        .patch(CLIENTS + "/" + client.id())
        .then()
        .statusCode(200);
    as(owner).post(CLIENTS + "/" + client.id() + "/secret").then().statusCode(200);
    as(owner).delete(CLIENTS + "/" + client.id()).then().statusCode(204);

    for (String type :
        List.of("client.created", "client.updated", "client.secret_rotated", "client.deleted")) {
      List<Map<String, Object>> events = AuditEvents.ofType(owner, type);
      assertThat(events).as(type).hasSize(1);
      assertThat(events.get(0))
          .containsEntry("target_type", "client")
          .containsEntry("target_id", client.id())
          .containsEntry("actor_email", acme.ownerEmail());
    }
    assertThat(AuditEvents.ofType(owner, "client.created").get(0).get("details").toString())
        .doesNotContain(client.secret());
  }

  private static String sha256(String value) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
  }
}
