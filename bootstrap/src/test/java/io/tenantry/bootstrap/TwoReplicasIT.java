package io.tenantry.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import io.tenantry.application.fakes.TenantTestData;
import io.tenantry.bootstrap.db.EmbeddedDatabase;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Replica;
import io.tenantry.security.SigningKeyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged application on one PostgreSQL, as behind a Kubernetes Service: what
 * revokes a token through replica A stops it on replica B within a second (the invalidation travels
 * over LISTEN/NOTIFY; the cache TTL is set far longer), and a warm replica answers {@code GET
 * /users/me} without touching the users table.
 */
class TwoReplicasIT {
  private static final String PASSWORD = "replica password one";
  private static final long REFUSED_WITHIN_MILLIS = 1_000;
  private static final long POLL_MILLIS = 50;

  private static EmbeddedDatabase database;
  private static Replica a;
  private static Replica b;
  private static String slug;
  private static String owner;

  @BeforeAll
  static void startTwoReplicas() throws IOException {
    Path data = Files.createTempDirectory("tenantry-replicas");
    database = EmbeddedDatabase.start(data);
    Path key = data.resolve("signing-key.pem");
    SigningKeyFile.createIfAbsent(key);
    Map<String, String> settings = new HashMap<>(database.datasourceProperties());
    settings.put("app.jwt.signing-key", key.toString());
    settings.put("app.audit.anchor-key-file", data.resolve("audit-anchor.key").toString());
    settings.put("app.mfa.secret-key-file", data.resolve("mfa-secret.key").toString());
    settings.put("app.bootstrap.admin.email", Api.ADMIN_EMAIL);
    settings.put("app.bootstrap.admin.password", Api.ADMIN_PASSWORD);
    settings.put("quarkus.mailer.mock", "true");
    // One public address for both, as behind a Kubernetes Service: the issuer of A's tokens is B's.
    settings.put("app.public-url", "http://tenantry.example.test");
    // Far longer than the test: only an invalidation, never an expiry, can stop a token in time.
    settings.put("app.auth.security-cache-ttl", "PT30M");
    a = Replica.start("a", settings);
    b = Replica.start("b", settings); // after A: A has migrated the database
    TenantTestData tenant = TenantTestData.aTenant();
    slug = tenant.slug();
    String admin = token(a, "system", Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    on(a, admin).body(tenant.body()).post("/api/v1/admin/tenants").then().statusCode(201);
    owner = token(a, slug, tenant.ownerEmail(), tenant.ownerPassword());
  }

  @AfterAll
  static void stop() throws IOException {
    for (AutoCloseable closeable : new AutoCloseable[] {b, a, database}) {
      try {
        if (closeable != null) {
          closeable.close();
        }
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }

  @Test
  void shouldAnswerUsersMeOnAWarmReplicaWhileTheUsersTableIsLocked() throws SQLException {
    String email = imported("member");
    String token = warmOnB(email);
    try (Connection connection = DriverManager.getConnection(url(), "postgres", "postgres")) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "LOCK TABLE t_" + slug.replace('-', '_') + ".users IN ACCESS EXCLUSIVE MODE");
        // A query on users would wait for the lock (then time out): the answer comes from memory.
        on(b, token).get("/api/v1/users/me").then().statusCode(200).body("email", equalTo(email));
      } finally {
        connection.rollback();
      }
    }
  }

  @Test
  void shouldRefuseOnReplicaBWhatLogoutAllOnReplicaAEnded() {
    String token = warmOnB(imported("member"));
    on(a, token).post("/api/v1/auth/logout-all").then().statusCode(204);
    assertRefusedWithinASecond(() -> on(b, token).get("/api/v1/users/me").statusCode());
  }

  @Test
  void shouldRefuseOnReplicaBAUserDisabledOnReplicaA() {
    String email = imported("member");
    String token = warmOnB(email);
    on(a, owner)
        .body(Map.of("status", "disabled"))
        .patch("/api/v1/users/" + idOf(email))
        .then()
        .statusCode(200);
    assertRefusedWithinASecond(() -> on(b, token).get("/api/v1/users/me").statusCode());
  }

  @Test
  void shouldRefuseOnReplicaBWhatARoleChangeOnReplicaATookAway() {
    String email = imported("admin");
    String token = warmOnB(email);
    // audit:read is the admin's, not the member's (both may read the directory)
    on(b, token).get("/api/v1/audit-events").then().statusCode(200);
    on(a, owner)
        .body(Map.of("roles", List.of("member")))
        .put("/api/v1/users/" + idOf(email) + "/roles")
        .then()
        .statusCode(200);
    assertRefusedWithinASecond(() -> on(b, token).get("/api/v1/audit-events").statusCode());
  }

  /** Polls every 50 ms for up to a second until replica B refuses (401 or 403, as one replica). */
  private static void assertRefusedWithinASecond(Supplier<Integer> call) {
    long deadline = System.nanoTime() + REFUSED_WITHIN_MILLIS * 1_000_000;
    int status = call.get();
    while (status == 200 && System.nanoTime() < deadline) {
      pause();
      status = call.get();
    }
    assertThat(status).as("replica B's answer within a second").isIn(401, 403);
  }

  /** A user of the tenant, imported through replica A with a password; returns the e-mail. */
  private static String imported(String role) {
    String email = role + "-" + System.nanoTime() + "@replicas.test";
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    Map<String, Object> row = new HashMap<>();
    row.put("email", email);
    row.put("display_name", "Replica " + role);
    row.put("roles", List.of(role));
    row.put("email_verified", true);
    row.put("password_hash", OpenBSDBCrypt.generate("2b", PASSWORD.toCharArray(), salt, 4));
    on(a, owner)
        .body(Map.of("users", List.of(row), "invite", false))
        .post("/api/v1/users/import")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    return email;
  }

  /** Logs in on replica B and uses the token there, so B has the user cached. */
  private static String warmOnB(String email) {
    String token = token(b, slug, email, PASSWORD);
    on(b, token).get("/api/v1/users/me").then().statusCode(200);
    on(b, token).get("/api/v1/users/me").then().statusCode(200).body("email", equalTo(email));
    return token;
  }

  private static String idOf(String email) {
    return on(a, owner)
        .queryParam("q", email)
        .get("/api/v1/users")
        .then()
        .statusCode(200)
        .extract()
        .path("items[0].id");
  }

  private static String token(Replica replica, String tenant, String email, String password) {
    return Api.json()
        .port(replica.port())
        .body(Map.of("tenant", tenant, "email", email, "password", password))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  private static RequestSpecification on(Replica replica, String token) {
    return Api.as(token).port(replica.port());
  }

  private static String url() {
    return database.datasourceProperties().get("quarkus.datasource.jdbc.url");
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
