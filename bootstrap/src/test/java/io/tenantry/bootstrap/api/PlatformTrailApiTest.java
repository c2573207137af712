package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the platform admin does to tenants is kept in the {@code system} trail, which outlives the
 * tenant and its own trail.
 */
@QuarkusTest
class PlatformTrailApiTest {
  private static final String TENANTS = "/api/v1/admin/tenants/";

  @Test
  void shouldRecordCreationSuspensionAndDeletionInTheSystemTrail() {
    CreatedTenant acme = Tenants.create(aTenant());
    String admin = Api.admin().accessToken();
    as(admin).body(Map.of("status", "suspended")).patch(TENANTS + acme.id()).then().statusCode(200);
    as(admin).delete(TENANTS + acme.id()).then().statusCode(204);

    for (String type : List.of("tenant.created", "tenant.suspended", "tenant.deleted")) {
      List<Map<String, Object>> events =
          AuditEvents.ofTenant("system", type).stream()
              .filter(e -> acme.id().equals(e.get("target_id")))
              .toList();
      assertThat(events).as(type).hasSize(1);
      Map<String, Object> event = events.get(0);
      assertThat(event.get("actor_email")).isEqualTo(Api.ADMIN_EMAIL);
      assertThat(event.get("target_type")).isEqualTo("tenant");
      Map<?, ?> details = (Map<?, ?>) event.get("details");
      assertThat(details.get("slug")).isEqualTo(acme.slug());
    }
    as(admin)
        .queryParam("tenant", "system")
        .get("/api/v1/admin/audit-events/verification")
        .then()
        .statusCode(200)
        .body("valid", org.hamcrest.Matchers.equalTo(true));
  }
}
