package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Authenticator;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.generators.SCrypt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportExportApiTest {
  private static final String IMPORT = "/api/v1/users/import";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

  private CreatedTenant acme;
  private String owner;

  @BeforeEach
  void createTenant() {
    acme = Tenants.create(aTenant());
    owner = acme.owner().accessToken();
  }

  @Test
  void shouldImportEachHashFormatAndLetTheUsersLogInWithTheirOldPasswords() throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(row("bea@acme.test", bcrypt("bcrypt password one")));
    rows.add(row("sam@acme.test", scrypt("scrypt password two")));
    rows.add(row("pia@acme.test", pbkdf2("pbkdf2 password three")));
    rows.add(row("not-an-address", bcrypt("whatever")));
    rows.add(row("md5@acme.test", "$1$abcdefgh$0123456789abcdefghijkl"));

    JsonPath result =
        as(owner)
            .body(Map.of("users", rows))
            .post(IMPORT)
            .then()
            .statusCode(200)
            .body("created", equalTo(3))
            .extract()
            .jsonPath();
    assertThat(result.getList("failed.index")).containsExactly(3, 4);
    assertThat(result.getList("failed.code"))
        .containsExactly("validation_failed", "unsupported_hash");
    assertThat(AuditEvents.ofType(owner, "user.created")).hasSize(3);

    Map<String, String> passwords =
        Map.of(
            "bea@acme.test", "bcrypt password one",
            "sam@acme.test", "scrypt password two",
            "pia@acme.test", "pbkdf2 password three");
    for (var user : passwords.entrySet()) {
      String email = user.getKey();
      assertThat(argon2idRows(email)).as(email).isZero();
      login(acme.slug(), email, user.getValue()).statusCode(200);
      assertThat(argon2idRows(email)).as(email).isEqualTo(1);
      login(acme.slug(), email, user.getValue()).statusCode(200);
    }
    login(acme.slug(), "bea@acme.test", "scrypt password two").statusCode(401);
  }

  @Test
  void shouldFailADuplicateRowAloneAndRefuseMoreThanAThousandRows() throws Exception {
    Users.invite(acme, aUser().withEmail("taken@acme.test"));
    JsonPath result =
        as(owner)
            .body(
                Map.of(
                    "users",
                    List.of(
                        row("taken@acme.test", bcrypt("x")), row("fresh@acme.test", bcrypt("y")))))
            .post(IMPORT)
            .then()
            .statusCode(200)
            .body("created", equalTo(1))
            .extract()
            .jsonPath();
    assertThat(result.getList("failed.index")).containsExactly(0);
    assertThat(result.getList("failed.code")).containsExactly("email_taken");

    List<Map<String, Object>> many = new ArrayList<>();
    for (int i = 0; i <= 1000; i++) {
      many.add(
          Map.of("email", "u" + i + "@acme.test", "display_name", "U", "roles", List.of("member")));
    }
    as(owner).body(Map.of("users", many)).post(IMPORT).then().statusCode(400);
    CreatedUser member = Users.create(acme, aUser());
    as(member.token())
        .body(Map.of("users", List.of(row("m@acme.test", bcrypt("z")))))
        .post(IMPORT)
        .then()
        .statusCode(403);
  }

  @Test
  void shouldCreateTheOtherRowsAloneWhenTheDatabaseRefusesOneOfTheBatch() throws Exception {
    as(owner)
        .body(Map.of("name", "temp", "permissions", List.of("users:read")))
        .post("/api/v1/roles")
        .then()
        .statusCode(201);
    as(owner).get("/api/v1/users/me").then().statusCode(200); // the role is known to the checks
    // Gone from the database behind the (briefly cached) role definitions: only the insert fails.
    Database.execute(
        "delete from " + AuditEvents.schemaOf(acme.slug()) + ".roles where name = 'temp'");
    Map<String, Object> orphan = row("orphan@acme.test", bcrypt("o"));
    orphan.put("roles", List.of("temp"));

    JsonPath result =
        as(owner)
            .body(
                Map.of(
                    "users",
                    List.of(
                        row("one@acme.test", bcrypt("1")),
                        orphan,
                        row("two@acme.test", bcrypt("2")))))
            .post(IMPORT)
            .then()
            .statusCode(200)
            .body("created", equalTo(2))
            .extract()
            .jsonPath();

    assertThat(result.getList("failed.index")).containsExactly(1);
    assertThat(usersWithEmail("orphan@acme.test")).isZero();
    assertThat(usersWithEmail("one@acme.test") + usersWithEmail("two@acme.test")).isEqualTo(2);
    assertThat(AuditEvents.ofType(owner, "user.created"))
        .extracting(e -> (Object) ((Map<?, ?>) e.get("details")).get("email"))
        .containsExactlyInAnyOrder("one@acme.test", "two@acme.test");
    assertThat(AuditEvents.verification(owner).getBoolean("valid")).isTrue();
  }

  private long usersWithEmail(String email) {
    return Database.count(
        "select count(*) from " + AuditEvents.schemaOf(acme.slug()) + ".users where email = ?",
        email);
  }

  @Test
  void shouldExportTheCallersOwnDataWithoutSecrets() {
    CreatedUser member = Users.create(acme, aUser());
    Response response = as(member.token()).get("/api/v1/users/me/export");
    response.then().statusCode(200);
    assertThat(response.header("Content-Disposition"))
        .startsWith("attachment; filename=\"tenantry-export-");
    JsonPath export = response.jsonPath();
    assertThat(export.getMap("$").keySet())
        .contains(
            "exported_at",
            "tenant",
            "profile",
            "roles",
            "sessions",
            "api_keys",
            "mfa_factors",
            "audit_events");
    assertThat(export.getString("profile.email")).isEqualTo(member.email());
    assertThat(export.getList("roles.name")).containsExactly("member");
    assertThat(export.getList("roles[0].permissions")).contains("users:read");
    assertThat(export.getList("sessions")).hasSize(1);
    assertThat(export.getList("audit_events.type")).contains("user.created");
    assertThat(export.getList("audit_events.target_id")).contains(member.id());
    String body = response.asString();
    assertThat(body)
        .doesNotContain("$argon2")
        .doesNotContain("password_hash")
        .doesNotContain(member.session().refreshToken())
        .doesNotContain(member.session().accessToken());
  }

  @Test
  void shouldExportApiKeysAndMfaStateAsAStreamWithoutAnySecretOrHash() {
    CreatedUser member = Users.create(acme, aUser());
    Authenticator.Enrolled mfa = Authenticator.enrol(member.token());
    String mfaToken = Authenticator.challenge(acme.slug(), member.email(), "mfa_required");
    Authenticator.verify(mfaToken, mfa.recoveryCodes().get(0)).statusCode(200);
    JsonPath key =
        as(member.token())
            .body(Map.of("name", "export script", "roles", List.of("member")))
            .post("/api/v1/users/me/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();

    Response response = as(member.token()).get("/api/v1/users/me/export");
    response.then().statusCode(200).header("Cache-Control", containsString("no-store"));
    assertThat(response.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"tenantry-export-" + member.id() + ".json\"");
    JsonPath export = response.jsonPath();
    assertThat(export.getList("api_keys")).hasSize(1);
    assertThat(export.getMap("api_keys[0]"))
        .containsEntry("id", key.getString("id"))
        .containsEntry("name", "export script")
        .containsEntry("prefix", key.getString("prefix"))
        .containsEntry("roles", List.of("member"))
        .containsKeys("created_at", "last_used_at", "expires_at")
        .doesNotContainKeys("key", "key_hash");
    assertThat(export.getBoolean("mfa.enabled")).isTrue();
    assertThat(export.getString("mfa.since")).isNotNull();
    assertThat(export.getInt("mfa.recovery_codes_remaining")).isEqualTo(9);
    assertThat(export.getList("mfa_factors.type")).containsExactly("totp");
    assertThat(export.getString("mfa_factors[0].confirmed_at")).isEqualTo(export.get("mfa.since"));

    String body = response.asString();
    assertThat(body)
        .doesNotContain(mfa.app().secret())
        .doesNotContain(key.getString("key"))
        .doesNotContain(key.getString("key").substring(12))
        .doesNotContain("$argon2")
        .doesNotContain(member.session().refreshToken());
    mfa.recoveryCodes().forEach(code -> assertThat(body).doesNotContain(code));
    String schema = AuditEvents.schemaOf(acme.slug());
    assertThat(occurrencesIn(body, schema + ".api_keys", "key_hash")).as("key hash").isZero();
    assertThat(occurrencesIn(body, schema + ".mfa_totp_factors", "sealed_secret"))
        .as("sealed TOTP secret")
        .isZero();
    assertThat(occurrencesIn(body, schema + ".mfa_recovery_codes", "code_hash"))
        .as("recovery code hashes")
        .isZero();
    assertThat(occurrencesIn(body, schema + ".users", "password_hash"))
        .as("password hash")
        .isZero();
    assertThat(occurrencesIn(body, schema + ".refresh_tokens", "token_hash"))
        .as("refresh token hashes")
        .isZero();
  }

  /** How many values of {@code column} (secrets at rest) appear in {@code body}. */
  private static long occurrencesIn(String body, String table, String column) {
    return Database.count(
        "select count(*) from "
            + table
            + " where "
            + column
            + " is not null and position("
            + column
            + " in ?) > 0",
        body);
  }

  @Test
  void shouldDeleteTheCallersOwnAccountAndKeepTheAuditChainVerifiable() {
    CreatedUser member = Users.create(acme, aUser());
    as(member.token())
        .body(Map.of("password", "not my password"))
        .delete("/api/v1/users/me")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_credentials"));
    as(owner)
        .body(Map.of("password", Api.PASSWORD))
        .delete("/api/v1/users/me")
        .then()
        .statusCode(409)
        .body("code", equalTo("last_owner"));

    as(member.token())
        .body(Map.of("password", Api.PASSWORD))
        .delete("/api/v1/users/me")
        .then()
        .statusCode(204);

    login(acme.slug(), member.email(), Api.PASSWORD).statusCode(401);
    as(member.token()).get("/api/v1/users/me").then().statusCode(401);
    List<Map<String, Object>> deleted = AuditEvents.ofType(owner, "user.deleted");
    assertThat(deleted).hasSize(1);
    assertThat(deleted.get(0))
        .containsEntry("target_id", member.id())
        .containsEntry("actor_id", member.id())
        .containsEntry("actor_email", null)
        .containsEntry("details", Map.of("self", "true"));
    assertThat(AuditEvents.verification(owner).getBoolean("valid")).isTrue();
    as(owner).get("/api/v1/users?q=" + member.email()).then().body("total", equalTo(0));
    as(owner).get("/api/v1/users").then().body("items.email", hasItem(acme.ownerEmail()));
  }

  private long argon2idRows(String email) {
    return Database.count(
        "select count(*) from "
            + AuditEvents.schemaOf(acme.slug())
            + ".users where email = ? and password_hash like '$argon2id$%'",
        email);
  }

  private static Map<String, Object> row(String email, String hash) {
    Map<String, Object> row = new HashMap<>();
    row.put("email", email);
    row.put("display_name", "Imported " + email.charAt(0));
    row.put("roles", List.of("member"));
    row.put("email_verified", true);
    row.put("external_id", "legacy-" + email.hashCode());
    row.put("password_hash", hash);
    return row;
  }

  private static String bcrypt(String password) {
    return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt(), 6);
  }

  private static String scrypt(String password) {
    byte[] salt = salt();
    byte[] hash =
        SCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt, 1 << 12, 8, 1, 32);
    return "$scrypt$ln=12,r=8,p=1$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
  }

  /** passlib's pbkdf2_sha256 form, made with the JDK's own PBKDF2. */
  private static String pbkdf2(String password) throws Exception {
    byte[] salt = salt();
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 29000, 256))
            .getEncoded();
    return "$pbkdf2-sha256$29000$"
        + B64.encodeToString(salt).replace('+', '.')
        + "$"
        + B64.encodeToString(hash).replace('+', '.');
  }

  private static byte[] salt() {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return salt;
  }
}
