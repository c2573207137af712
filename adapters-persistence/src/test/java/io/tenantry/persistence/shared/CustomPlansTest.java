package io.tenantry.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.audit.AuditQuery;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantStatus;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserStatus;
import io.tenantry.persistence.EmbeddedPostgresResource;
import io.tenantry.persistence.TestTenants;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every filtered list is planned for its filter's values (skewed values make a cached generic plan
 * read every row); an unfiltered list keeps the cached plan, and the setting ends with the list's
 * transaction.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CustomPlansTest {

  private static final String CUSTOM = "force_custom_plan";
  private static final String DEFAULT = "auto";

  @Inject UnitOfWork unitOfWork;
  @Inject UserRepository users;
  @Inject TenantRepository tenants;
  @Inject AuditLog audit;
  @Inject TestTenants testTenants;
  @Inject EntityManager entityManager;

  private TenantRef tenant;

  @BeforeEach
  void aTenant() {
    tenant = testTenants.create().ref();
  }

  @Test
  void givenAUserFilter_thenThatListIsPlannedForItsValue() {
    assertThat(afterUsers(Optional.of("ann"), Optional.empty(), Optional.empty()))
        .isEqualTo(CUSTOM);
    assertThat(afterUsers(Optional.empty(), Optional.of(UserStatus.INVITED), Optional.empty()))
        .isEqualTo(CUSTOM);
    assertThat(afterUsers(Optional.empty(), Optional.empty(), Optional.of(Role.OWNER)))
        .isEqualTo(CUSTOM);
  }

  @Test
  void givenATenantStatusOrAnAuditType_thenThatListIsPlannedForItsValue() {
    assertThat(afterTenants(Optional.of(TenantStatus.SUSPENDED))).isEqualTo(CUSTOM);
    assertThat(afterAudit(Optional.of(AuditEventType.USER_DELETED))).isEqualTo(CUSTOM);
  }

  @Test
  void givenNoFilter_thenTheCachedPlanStays() {
    assertThat(afterUsers(Optional.empty(), Optional.empty(), Optional.empty())).isEqualTo(DEFAULT);
    assertThat(afterTenants(Optional.empty())).isEqualTo(DEFAULT);
    assertThat(afterAudit(Optional.empty())).isEqualTo(DEFAULT);
  }

  @Test
  void givenAFilteredList_thenTheNextTransactionIsBackToTheDefault() {
    afterUsers(Optional.empty(), Optional.empty(), Optional.of(Role.ADMIN));

    assertThat(unitOfWork.inTenant(tenant, this::planCacheMode)).isEqualTo(DEFAULT);
  }

  /** The plan cache mode in the user list's transaction, after the list. */
  private String afterUsers(
      Optional<String> text, Optional<UserStatus> status, Optional<Role> role) {
    UserQuery query = new UserQuery(text, status, role, PageRequest.first(UserQuery.DEFAULT_SORT));
    return unitOfWork.inTenant(
        tenant,
        () -> {
          users.search(query);
          return planCacheMode();
        });
  }

  private String afterTenants(Optional<TenantStatus> status) {
    TenantQuery query =
        new TenantQuery(Optional.empty(), status, PageRequest.first(TenantQuery.DEFAULT_SORT));
    return unitOfWork.inControl(
        () -> {
          tenants.search(query);
          return planCacheMode();
        });
  }

  private String afterAudit(Optional<AuditEventType> type) {
    AuditQuery query =
        new AuditQuery(
            type,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            PageRequest.first(AuditQuery.DEFAULT_SORT));
    return unitOfWork.inTenant(
        tenant,
        () -> {
          audit.search(query);
          return planCacheMode();
        });
  }

  private String planCacheMode() {
    return (String)
        entityManager
            .createNativeQuery("select current_setting('plan_cache_mode')")
            .getSingleResult();
  }
}
