package io.tenantry.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.mail.MailOutbox;
import io.tenantry.application.mail.MailTemplate;
import io.tenantry.application.mail.OutboundMail;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.user.Email;
import io.tenantry.persistence.EmbeddedPostgresResource;
import io.tenantry.persistence.TestTenants;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class JtaUnitOfWorkTest {

  @Inject UnitOfWork unitOfWork;
  @Inject TenantContext context;
  @Inject TestTenants testTenants;
  @Inject MailOutbox outbox;
  @Inject EntityManager entityManager;

  @Test
  void shouldPassDomainExceptionsThroughUnchanged() {
    NotFoundException thrown = new NotFoundException("user not found");

    assertThatThrownBy(
            () ->
                unitOfWork.inControl(
                    () -> {
                      throw thrown;
                    }))
        .isSameAs(thrown);
  }

  @Test
  void shouldBindTheTenantSchemaAndRestoreTheOuterOne() {
    Tenant tenant = testTenants.create();

    String[] seen = new String[3];
    unitOfWork.inControl(
        () -> {
          seen[0] = currentSchema();
          seen[1] = unitOfWork.inTenant(tenant.ref(), this::currentSchema);
          seen[2] = currentSchema();
          return null;
        });

    assertThat(seen).containsExactly("control", TenantSchemas.of(tenant.slug()), "control");
    assertThat(context.currentSchema()).isEqualTo("control");
  }

  @Test
  void shouldStoreOutboundMailInTheTenantsUnitOfWork() {
    Tenant tenant = testTenants.create();
    OutboundMail mail =
        new OutboundMail(
            tenant.id(),
            new Email("new@example.com"),
            MailTemplate.INVITATION,
            Map.of("link", "https://example.com/accept?token=x"));

    unitOfWork.inTenant(tenant.ref(), () -> outbox.enqueue(mail));

    Object payload =
        unitOfWork.inControl(
            () ->
                entityManager
                    .createNativeQuery(
                        "select payload->>'link' from control.mail_outbox"
                            + " where tenant_id = :tenant and status = 'pending'"
                            + " and template = 'invitation'")
                    .setParameter("tenant", tenant.id().value())
                    .getSingleResult());
    assertThat(payload).isEqualTo("https://example.com/accept?token=x");
  }

  private String currentSchema() {
    return (String) entityManager.createNativeQuery("select current_schema()").getSingleResult();
  }
}
