package io.tenantry.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiOutcomesTest {

  @Test
  void shouldNameBoundedOutcomesFromTheStatus() {
    assertThat(ApiOutcomes.outcome(200)).isEqualTo("success");
    assertThat(ApiOutcomes.outcome(401)).isEqualTo("failure");
    assertThat(ApiOutcomes.outcome(429)).isEqualTo("rate_limited");
    assertThat(ApiOutcomes.outcome(400)).isEqualTo("invalid_request");
    assertThat(ApiOutcomes.outcome(503)).isEqualTo("error");
    assertThat(ApiOutcomes.outcome(403)).isEqualTo("rejected");
  }

  @Test
  void shouldCountOnlyPostsToLoginAndRefresh() {
    assertThat(ApiOutcomes.authCounter("POST", "/api/v1/auth/login")).contains("auth.logins");
    assertThat(ApiOutcomes.authCounter("POST", "api/v1/auth/refresh/"))
        .contains("auth.token.refreshes");
    assertThat(ApiOutcomes.authCounter("GET", "/api/v1/auth/login")).isEmpty();
    assertThat(ApiOutcomes.authCounter("POST", "/api/v1/auth/logout")).isEmpty();
  }

  @Test
  void shouldCountCreatedUsersOnlyOnCreatedAnswers() {
    assertThat(ApiOutcomes.createdUser("POST", "/api/v1/users", 201)).isTrue();
    assertThat(ApiOutcomes.createdUser("POST", "/api/v1/admin/tenants", 201)).isTrue();
    assertThat(ApiOutcomes.createdUser("POST", "/api/v1/users", 409)).isFalse();
    assertThat(ApiOutcomes.createdUser("PATCH", "/api/v1/users", 201)).isFalse();
  }
}
