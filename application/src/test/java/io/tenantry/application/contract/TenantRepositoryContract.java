package io.tenantry.application.contract;

import static io.tenantry.application.contract.Fixtures.freshSlug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.TenantSort;
import io.tenantry.domain.tenant.TenantStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TenantRepository} (the registry) must do, run against the in-memory fake and
 * the JPA adapter on PostgreSQL.
 */
public abstract class TenantRepositoryContract {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

  protected abstract UnitOfWork unitOfWork();

  protected abstract TenantRepository tenants();

  @Test
  void givenATakenSlug_whenSavingATenant_thenSlugTakenConflict() {
    Tenant tenant = register(freshSlug());
    Tenant twin = Tenant.create(tenant.slug(), new TenantName("Twin"), NOW);

    assertThatThrownBy(() -> unitOfWork().inControl(() -> tenants().save(twin)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("slug_taken"));
  }

  @Test
  void shouldUpdateAndFindTenantsBySlugAndSearch() {
    Tenant tenant = register(freshSlug());
    Tenant updated =
        unitOfWork()
            .inControl(
                () -> {
                  Tenant t = tenants().findBySlug(tenant.slug()).orElseThrow();
                  t.changeStatus(TenantStatus.SUSPENDED, NOW);
                  return tenants().save(t);
                });
    assertThat(updated.status()).isEqualTo(TenantStatus.SUSPENDED);
    assertThat(updated.revision().version()).isEqualTo(tenant.revision().version() + 1);

    TenantQuery query =
        new TenantQuery(
            Optional.of(tenant.slug().value().toUpperCase()),
            Optional.of(TenantStatus.SUSPENDED),
            new PageRequest<>(0, 10, SortOrder.desc(TenantSort.NAME)));
    Page<Tenant> page = unitOfWork().inControl(() -> tenants().search(query));
    assertThat(page.total()).isEqualTo(1);
    assertThat(page.items().get(0).id()).isEqualTo(tenant.id());
  }

  @Test
  void shouldRefuseASaveOverAStaleVersion() {
    Tenant tenant = register(freshSlug());
    unitOfWork()
        .inControl(
            () -> {
              Tenant t = tenants().findById(tenant.id()).orElseThrow();
              t.rename(new TenantName("Renamed"), NOW);
              return tenants().save(t);
            });

    tenant.rename(new TenantName("Stale"), NOW);
    assertThatThrownBy(() -> unitOfWork().inControl(() -> tenants().save(tenant)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("version_conflict"));
  }

  @Test
  void shouldDeleteATenant() {
    Tenant tenant = register(freshSlug());

    unitOfWork()
        .inControl(
            () -> {
              tenants().delete(tenant.id());
              return null;
            });

    assertThat(unitOfWork().inControl(() -> tenants().findById(tenant.id()))).isEmpty();
    assertThat(unitOfWork().inControl(() -> tenants().findBySlug(tenant.slug()))).isEmpty();
  }

  private Tenant register(TenantSlug slug) {
    return unitOfWork().inControl(() -> tenants().save(Fixtures.tenant(slug, NOW)));
  }
}
