package io.tenantry.bootstrap.support;

import java.util.HashMap;
import java.util.Map;

/** Builds {@code POST /api/v1/admin/tenants} bodies and creates tenants through the API. */
public final class TenantTestData {
  private String slug = Api.uniqueSlug("acme");
  private String name = "Acme Corp";
  private String ownerEmail = "owner@acme.test";
  private String ownerName = "Olivia Owner";
  private String ownerPassword = Api.PASSWORD;

  private TenantTestData() {}

  public static TenantTestData aTenant() {
    return new TenantTestData();
  }

  public TenantTestData withSlug(String value) {
    slug = value;
    return this;
  }

  public TenantTestData withName(String value) {
    name = value;
    return this;
  }

  public TenantTestData withOwnerEmail(String value) {
    ownerEmail = value;
    return this;
  }

  public TenantTestData withoutOwnerPassword() {
    ownerPassword = null;
    return this;
  }

  public TenantTestData withOwnerPassword(String value) {
    ownerPassword = value;
    return this;
  }

  public Map<String, Object> body() {
    Map<String, Object> owner = new HashMap<>();
    owner.put("email", ownerEmail);
    owner.put("display_name", ownerName);
    if (ownerPassword != null) {
      owner.put("password", ownerPassword);
    }
    return Map.of("slug", slug, "name", name, "owner", owner);
  }

  /** Creates the tenant as the platform admin and returns it with a session of its owner. */
  public CreatedTenant create() {
    String id =
        Api.as(Api.admin().accessToken())
            .body(body())
            .post("/api/v1/admin/tenants")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.Session owner = ownerPassword == null ? null : Api.session(slug, ownerEmail, ownerPassword);
    return new CreatedTenant(id, slug, ownerEmail, owner);
  }

  /** A tenant made for a test, with its owner's session (null when the owner was invited). */
  public record CreatedTenant(String id, String slug, String ownerEmail, Api.Session owner) {}
}
