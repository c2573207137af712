package io.tenantry.bootstrap.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TracingTest {
  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String CALLER_SPAN = "00f067aa0ba902b7";

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/users/me", "/.well-known/jwks.json", "/q/health/live"})
  void shouldContinueTheCallersTraceAndAnswerWithItsTraceparent(String path) {
    String traceparent =
        given()
            .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
            .get(path)
            .then()
            .extract()
            .header("traceparent");

    assertThat(traceparent).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-0[01]");
    assertThat(traceparent).doesNotContain(CALLER_SPAN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/users/me", "/.well-known/jwks.json"})
  void shouldStartATraceWhenTheCallerSendsNone(String path) {
    String traceparent = given().get(path).then().extract().header("traceparent");

    assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    assertThat(traceparent).doesNotContain("00000000000000000000000000000000");
  }
}
