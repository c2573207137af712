package io.tenantry.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.ForbiddenException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantTest {
  private static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");

  @Test
  void shouldStartActiveWithSelfRegistrationClosed() {
    Tenant tenant = Tenant.create(new TenantSlug("acme"), new TenantName("Acme"), NOW);

    assertThat(tenant.isActive()).isTrue();
    assertThat(tenant.selfRegistration()).isFalse();
  }

  @Test
  void shouldSuspendAndReactivateATenant() {
    Tenant tenant = Tenant.create(new TenantSlug("acme"), new TenantName("Acme"), NOW);

    tenant.changeStatus(TenantStatus.SUSPENDED, NOW.plusSeconds(1));
    assertThat(tenant.isActive()).isFalse();
    assertThat(tenant.revision().updatedAt()).isEqualTo(NOW.plusSeconds(1));

    tenant.changeStatus(TenantStatus.ACTIVE, NOW.plusSeconds(2));
    assertThat(tenant.isActive()).isTrue();
  }

  @Test
  void shouldRefuseToSuspendTheSystemTenant() {
    Tenant system = Tenant.create(TenantSlug.SYSTEM, new TenantName("System"), NOW);

    assertThatThrownBy(() -> system.changeStatus(TenantStatus.SUSPENDED, NOW))
        .isInstanceOf(ForbiddenException.class);
    assertThat(system.isActive()).isTrue();
  }
}
