package io.tenantry.persistence;

import io.tenantry.application.contract.Fixtures;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.TenantSchemaManager;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Creates registered tenants with migrated schemas under fresh slugs, for test isolation. */
@ApplicationScoped
public class TestTenants {

  @Inject UnitOfWork unitOfWork;
  @Inject TenantSchemaManager schemas;
  @Inject TenantRepository tenants;

  /** PostgreSQL keeps microseconds; tests compare with what comes back. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public Tenant create() {
    TenantSlug slug = Fixtures.freshSlug();
    schemas.create(slug);
    return unitOfWork.inControl(() -> tenants.save(Fixtures.tenant(slug, now())));
  }
}
