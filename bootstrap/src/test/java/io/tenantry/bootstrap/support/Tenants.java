package io.tenantry.bootstrap.support;

import io.tenantry.application.fakes.TenantTestData;

/** Creates the tenants of {@link TenantTestData} through the API, as the platform admin. */
public final class Tenants {
  private Tenants() {}

  /** Creates the tenant and returns it with a session of its owner. */
  public static CreatedTenant create(TenantTestData tenant) {
    String id =
        Api.as(Api.admin().accessToken())
            .body(tenant.body())
            .post("/api/v1/admin/tenants")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String password = tenant.ownerPassword();
    Api.Session owner =
        password == null ? null : Api.session(tenant.slug(), tenant.ownerEmail(), password);
    return new CreatedTenant(id, tenant.slug(), tenant.ownerEmail(), owner);
  }

  /** A tenant made for a test, with its owner's session (null when the owner was invited). */
  public record CreatedTenant(String id, String slug, String ownerEmail, Api.Session owner) {}
}
