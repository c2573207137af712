package io.tenantry.bootstrap.support;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Reads a tenant's audit trail through the API, as its owner or as the platform admin. */
public final class AuditEvents {
  public static final String AUDIT = "/api/v1/audit-events";
  public static final String ADMIN_AUDIT = "/api/v1/admin/audit-events";

  private AuditEvents() {}

  /** The caller's tenant's events of {@code type}, newest first. */
  public static List<Map<String, Object>> ofType(String accessToken, String type) {
    return Api.as(accessToken)
        .queryParam("type", type)
        .queryParam("size", 100)
        .get(AUDIT)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** Any tenant's events of {@code type}, read by the platform admin. */
  public static List<Map<String, Object>> ofTenant(String slug, String type) {
    return Api.as(Api.admin().accessToken())
        .queryParam("tenant", slug)
        .queryParam("type", type)
        .queryParam("size", 100)
        .get(ADMIN_AUDIT)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  public static JsonPath verification(String accessToken) {
    return Api.as(accessToken)
        .get(AUDIT + "/verification")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The schema that holds a tenant's rows, for tampering in tests. */
  public static String schemaOf(String slug) {
    return "t_" + slug.replace('-', '_');
  }
}
