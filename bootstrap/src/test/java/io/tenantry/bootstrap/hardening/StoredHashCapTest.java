package io.tenantry.bootstrap.hardening;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.login;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.security.Argon2PasswordHasher;
import org.junit.jupiter.api.Test;

/** A users row whose hash claims a huge Argon2 cost is a failed login, not a memory bomb. */
@QuarkusTest
class StoredHashCapTest {

  @Test
  void shouldRefuseARightPasswordWhoseStoredHashCostsFarMoreThanConfigured() {
    CreatedTenant acme = Tenants.create(aTenant());
    // The tests hash with m=1024 KiB, t=1: a genuine hash of the right password at 8x the memory
    // would verify if the stored parameters were trusted.
    String tampered = new Argon2PasswordHasher(8 * 1024, 1, 1).hash(PASSWORD).value();
    plant(acme, tampered);

    login(acme.slug(), acme.ownerEmail(), PASSWORD)
        .statusCode(401)
        .body("code", equalTo("invalid_credentials"));
  }

  @Test
  void shouldStillAcceptAHashWithinTheCap() {
    CreatedTenant acme = Tenants.create(aTenant());
    plant(acme, new Argon2PasswordHasher(2 * 1024, 2, 2).hash(PASSWORD).value());

    login(acme.slug(), acme.ownerEmail(), PASSWORD).statusCode(200);
  }

  private static void plant(CreatedTenant tenant, String hash) {
    Database.execute(
        "update "
            + AuditEvents.schemaOf(tenant.slug())
            + ".users set password_hash = '"
            + hash
            + "' where email = '"
            + tenant.ownerEmail()
            + "'");
  }
}
