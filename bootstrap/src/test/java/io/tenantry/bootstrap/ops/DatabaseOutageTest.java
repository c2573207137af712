package io.tenantry.bootstrap.ops;

import static io.tenantry.bootstrap.support.Management.management;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseOutageTest {
  private static final String DATABASE_CHECK = "Database connections health check";

  @RestartablePostgresResource.Handle RestartablePostgres database;

  @AfterEach
  void databaseIsBack() {
    database.restart();
  }

  @Test
  void shouldBeUnreadyButAliveWhilePostgresIsDownAndReadyAgainWhenItReturns() {
    management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

    database.stop();

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                management()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body(
                        "checks.find { it.name == '" + DATABASE_CHECK + "' }.status",
                        equalTo("DOWN")));
    management().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

    database.restart();

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                management()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItem(DATABASE_CHECK)));
  }
}
