package io.tenantry.bootstrap.hardening;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Tenants;
import org.junit.jupiter.api.Test;

/** Text PostgreSQL refuses (SQLSTATE 22021, e.g. a NUL byte) is the caller's 400, never a 500. */
@QuarkusTest
class UnstorableTextTest {

  @Test
  void shouldAnswer400ForANulByteThatReachesTheDatabase() {
    String owner = Tenants.create(aTenant()).owner().accessToken();

    Api.as(owner)
        .urlEncodingEnabled(false)
        .get("/api/v1/users?q=bob%00")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("validation_failed"))
        .body(not(containsString("0x00")));
  }
}
