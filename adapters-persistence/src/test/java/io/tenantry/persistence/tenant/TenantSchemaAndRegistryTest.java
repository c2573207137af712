package io.tenantry.persistence.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.contract.Fixtures;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.persistence.EmbeddedPostgresResource;
import io.tenantry.persistence.TestTenants;
import io.tenantry.persistence.shared.TenantSchemas;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    assertThat(tableCount(tenant.slug())).isEqualTo(17); // 16 tables (6 + V10-V17, V22) + Flyway's
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
    TenantSlug slug = Fixtures.freshSlug();

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
