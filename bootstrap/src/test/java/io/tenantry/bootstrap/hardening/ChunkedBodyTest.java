package io.tenantry.bootstrap.hardening;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Bodies sent without a declared length (chunked, as a streaming client sends them) are held to the
 * same per-route limits as declared ones: 64 KiB, and 1 MiB on the user import.
 */
@QuarkusTest
class ChunkedBodyTest {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TestHTTPResource("/")
  URL base;

  @Test
  void shouldRefuseAChunkedBodyOver64KibWith413ProblemJson() throws Exception {
    String huge =
        "{\"tenant\":\"acme\",\"email\":\"a@b.test\",\"password\":\"" + "x".repeat(70_000) + "\"}";

    HttpResponse<String> response = postChunked("/api/v1/auth/login", huge, null);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(JsonPath.from(response.body()).getString("code")).isEqualTo("payload_too_large");
  }

  @Test
  void shouldHandAChunkedBodyUnderTheLimitToTheResource() throws Exception {
    CreatedTenant acme = Tenants.create(aTenant());
    String body =
        "{\"tenant\":\""
            + acme.slug()
            + "\",\"email\":\""
            + acme.ownerEmail()
            + "\",\"password\":\"not the password\"}";

    HttpResponse<String> response = postChunked("/api/v1/auth/login", body, null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    assertThat(JsonPath.from(response.body()).getString("code")).isEqualTo("invalid_credentials");
  }

  @Test
  void shouldAcceptAChunkedImportOver64KibAndUnderItsOwnLimit() throws Exception {
    CreatedTenant acme = Tenants.create(aTenant());
    StringJoiner rows = new StringJoiner(",", "{\"users\":[", "]}");
    String name = "Streamed " + "n".repeat(90);
    for (int i = 0; i < 500; i++) {
      rows.add(
          "{\"email\":\"streamed-"
              + i
              + "@"
              + acme.slug()
              + ".test\",\"display_name\":\""
              + name
              + "\",\"roles\":[\"member\"]}");
    }
    assertThat(rows.toString().length()).isGreaterThan(64 * 1024);

    HttpResponse<String> response =
        postChunked("/api/v1/users/import", rows.toString(), acme.owner().accessToken());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JsonPath.from(response.body()).getInt("created")).isEqualTo(500);
  }

  private HttpResponse<String> postChunked(String path, String body, String token)
      throws IOException, InterruptedException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
            .header("Content-Type", "application/json")
            // A stream of unknown length goes out chunked.
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return response;
  }
}
