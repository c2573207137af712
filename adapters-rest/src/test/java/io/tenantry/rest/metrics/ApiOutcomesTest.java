package io.tenantry.rest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tenantry.rest.admin.AdminTenantResource;
import io.tenantry.rest.audit.AdminAuditEventResource;
import io.tenantry.rest.audit.AuditEventResource;
import io.tenantry.rest.auth.AuthResource;
import io.tenantry.rest.auth.JwksResource;
import io.tenantry.rest.mfa.MfaAuthResource;
import io.tenantry.rest.tenant.TenantResource;
import io.tenantry.rest.user.UserResource;
import jakarta.ws.rs.POST;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiOutcomesTest {
  private static final List<Class<?>> RESOURCES =
      List.of(
          AdminTenantResource.class,
          AdminAuditEventResource.class,
          AuditEventResource.class,
          AuthResource.class,
          JwksResource.class,
          MfaAuthResource.class,
          TenantResource.class,
          UserResource.class);

  @Test
  void shouldNameBoundedOutcomesFromTheStatus() {
    assertThat(ApiOutcomes.outcome(200)).isEqualTo("success");
    assertThat(ApiOutcomes.outcome(401)).isEqualTo("failure");
    assertThat(ApiOutcomes.outcome(429)).isEqualTo("rate_limited");
    assertThat(ApiOutcomes.outcome(400)).isEqualTo("invalid_request");
    assertThat(ApiOutcomes.outcome(503)).isEqualTo("error");
    assertThat(ApiOutcomes.outcome(403)).isEqualTo("rejected");
    assertThat(ApiOutcomes.OUTCOMES).doesNotContain("locked");
  }

  @Test
  void shouldRegisterEverySeriesUpFrontAndCountByOutcome() {
    MeterRegistry registry = new SimpleMeterRegistry();
    ApiOutcomes logins = new ApiOutcomes(registry, "auth.logins", "Login attempts by outcome");

    logins.count(401);

    assertThat(registry.find("auth.logins").counters()).hasSize(ApiOutcomes.OUTCOMES.size());
    assertThat(registry.get("auth.logins").tag("outcome", "failure").counter().count())
        .isEqualTo(1);
    assertThat(registry.get("auth.logins").tag("outcome", "success").counter().count()).isZero();
  }

  @Test
  void shouldCountOnlyPostsToLoginItsSecondStepAndRefresh() {
    assertThat(postsMarked(CountsLogin.class))
        .containsExactlyInAnyOrder("POST AuthResource.login", "POST MfaAuthResource.verify");
    assertThat(postsMarked(CountsTokenRefresh.class)).containsExactly("POST AuthResource.refresh");
  }

  @Test
  void shouldCountCreatedUsersOnlyOnCreatedAnswers() {
    assertThat(postsMarked(CountsCreatedUser.class))
        .containsExactlyInAnyOrder(
            "POST UserResource.invite",
            "POST AuthResource.register",
            "POST AdminTenantResource.create",
            "POST TenantResource.signUp");
    MeterRegistry registry = new SimpleMeterRegistry();
    CreatedUsers created = new CreatedUsers(registry);

    created.count(201);
    created.count(409);
    created.count(200);

    assertThat(registry.get("users.created").counter().count()).isEqualTo(1);
  }

  /** The routes that carry {@code marker}, as {@code POST Class.method}. */
  private static List<String> postsMarked(Class<? extends Annotation> marker) {
    return RESOURCES.stream()
        .flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()))
        .filter(method -> method.isAnnotationPresent(marker))
        .map(ApiOutcomesTest::name)
        .toList();
  }

  private static String name(Method method) {
    String verb = method.isAnnotationPresent(POST.class) ? "POST " : "not a POST ";
    return verb + method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }
}
