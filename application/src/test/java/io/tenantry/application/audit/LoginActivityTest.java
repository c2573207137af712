package io.tenantry.application.audit;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.fakes.Commands;
import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.ForbiddenException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The overview chart's numbers: logins per day from the tenant's own audit trail. */
class LoginActivityTest {
  private TestApp app;
  private Session owner;

  @BeforeEach
  void setUp() {
    app = TestApp.started();
    owner = aTenant().withSlug("acme").createAndLogInOwner(app);
  }

  @Test
  void shouldCountSucceededAndFailedLoginsPerDayForThirtyDaysOldestFirst() {
    app.clock.advance(Duration.ofDays(1));
    failLogin();
    failLogin();
    app.logIn("acme", owner.actor().email().value(), TestApp.PASSWORD);

    List<LoginDay> days = app.useCases.loginActivity.lastDays(owner.actor());

    LocalDate today = LocalDate.parse("2026-02-01");
    assertThat(days).hasSize(LoginActivity.DAYS);
    assertThat(days.get(0).day()).isEqualTo(today.minusDays(29));
    assertThat(days.get(29)).isEqualTo(new LoginDay(today, 1, 2));
    assertThat(days.get(28)).isEqualTo(new LoginDay(today.minusDays(1), 1, 0));
    assertThat(days.subList(0, 28)).allMatch(d -> d.succeeded() == 0 && d.failed() == 0);
  }

  @Test
  void shouldBeRefusedWithoutAuditRead() {
    Session member =
        aUser().withEmail("mel@acme.test").withRoles("member").create(app, owner.actor());

    assertThatThrownBy(() -> app.useCases.loginActivity.lastDays(member.actor()))
        .isInstanceOf(ForbiddenException.class);
  }

  private void failLogin() {
    assertThatThrownBy(
            () ->
                app.useCases.login.login(
                    Commands.login("acme", owner.actor().email().value(), "not the password")))
        .isInstanceOf(AuthenticationException.class);
  }
}
