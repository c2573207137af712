package io.tenantry.persistence.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.TenantSort;
import io.tenantry.domain.tenant.TenantStatus;
import io.tenantry.persistence.EmbeddedPostgresResource;
import io.tenantry.persistence.TestTenants;
import io.tenantry.persistence.shared.TenantSchemas;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class TenantSchemaAndRegistryTest {

  @Inject UnitOfWork unitOfWork;
  @Inject TenantRepository tenants;
  @Inject FlywayTenantSchemaManager schemas;
  @Inject TestTenants testTenants;
  @Inject EntityManager entityManager;

  @Test
  void shouldCreateAMigratedSchemaAndRefuseASecondCreate() {
    Tenant tenant = testTenants.create();

    assertThat(schemaExists(tenant.slug())).isTrue();
    assertThat(tableCount(tenant.slug())).isEqualTo(6); // 5 tables + Flyway's history
    assertThatThrownBy(() -> schemas.create(tenant.slug()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("slug_taken"));
  }

  @Test
  void shouldDropTheSchemaInsideAUnitOfWork() {
    Tenant tenant = testTenants.create();

    unitOfWork.inControl(
        () -> {
          schemas.drop(tenant.slug());
          tenants.delete(tenant.id());
          return null;
        });

    assertThat(schemaExists(tenant.slug())).isFalse();
    assertThat(unitOfWork.inControl(() -> tenants.findById(tenant.id()))).isEmpty();
  }

  @Test
  void shouldDropTheSchemaCreatedInsideAUnitOfWorkThatRollsBack() {
    TenantSlug slug = TestTenants.freshSlug();

    assertThatThrownBy(
            () ->
                unitOfWork.inControl(
                    () -> {
                      schemas.create(slug);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(schemaExists(slug)).isFalse();
  }

  @Test
  void givenATakenSlug_whenSavingATenant_thenSlugTakenConflict() {
    Tenant tenant = testTenants.create();
    Tenant twin = Tenant.create(tenant.slug(), new TenantName("Twin"), TestTenants.now());

    assertThatThrownBy(() -> unitOfWork.inControl(() -> tenants.save(twin)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("slug_taken"));
  }

  @Test
  void shouldUpdateAndFindTenantsBySlugAndSearch() {
    Tenant tenant = testTenants.create();
    Tenant updated =
        unitOfWork.inControl(
            () -> {
              Tenant t = tenants.findBySlug(tenant.slug()).orElseThrow();
              t.changeStatus(TenantStatus.SUSPENDED, TestTenants.now());
              return tenants.save(t);
            });
    assertThat(updated.status()).isEqualTo(TenantStatus.SUSPENDED);
    assertThat(updated.version()).isEqualTo(tenant.version() + 1);

    TenantQuery query =
        new TenantQuery(
            Optional.of(tenant.slug().value().toUpperCase()),
            Optional.of(TenantStatus.SUSPENDED),
            new PageRequest<>(0, 10, SortOrder.desc(TenantSort.NAME)));
    var page = unitOfWork.inControl(() -> tenants.search(query));
    assertThat(page.total()).isEqualTo(1);
    assertThat(page.items().get(0).id()).isEqualTo(tenant.id());
  }

  @Test
  void shouldUpgradeOnlyOutdatedSchemas() {
    Tenant tenant = testTenants.create();
    assertThat(schemas.upgradeOutdatedSchemas()).isZero();

    unitOfWork.inControl(
        () ->
            entityManager
                .createNativeQuery("update control.tenants set schema_version = 3 where id = :id")
                .setParameter("id", tenant.id().value())
                .executeUpdate());

    assertThat(schemas.upgradeOutdatedSchemas()).isEqualTo(1);
    assertThat(schemas.upgradeOutdatedSchemas()).isZero();
  }

  private boolean schemaExists(TenantSlug slug) {
    return unitOfWork.inControl(
        () ->
            !entityManager
                .createNativeQuery(
                    "select 1 from information_schema.schemata where schema_name = :name")
                .setParameter("name", TenantSchemas.of(slug))
                .getResultList()
                .isEmpty());
  }

  private long tableCount(TenantSlug slug) {
    return unitOfWork.inControl(
        () ->
            ((Number)
                    entityManager
                        .createNativeQuery(
                            "select count(*) from information_schema.tables where table_schema = :name")
                        .setParameter("name", TenantSchemas.of(slug))
                        .getSingleResult())
                .longValue());
  }
}
