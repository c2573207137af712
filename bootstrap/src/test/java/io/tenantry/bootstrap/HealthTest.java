package io.tenantry.bootstrap;

import static io.tenantry.bootstrap.support.Management.management;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {
  @Test
  void shouldReportLiveReadyAndStarted() {
    management().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    management()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("tenant-schemas"));
    management().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
  }
}
