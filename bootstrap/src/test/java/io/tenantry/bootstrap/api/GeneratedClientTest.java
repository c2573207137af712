package io.tenantry.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.client.ApiClient;
import io.tenantry.client.ApiException;
import io.tenantry.client.api.AuthApi;
import io.tenantry.client.api.UsersApi;
import io.tenantry.client.model.LoginRequest;
import io.tenantry.client.model.Role;
import io.tenantry.client.model.TokenPair;
import io.tenantry.client.model.User;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The Java client generated from docs/api/openapi.yaml works against the running service. */
@QuarkusTest
class GeneratedClientTest {
  @TestHTTPResource("/")
  URI root;

  @Test
  void shouldLogInAndReadTheCallerThroughTheGeneratedClient() throws ApiException {
    ApiClient client = client();
    TokenPair tokens = new AuthApi(client).login(login(Api.ADMIN_PASSWORD));
    client.setRequestInterceptor(
        request -> request.header("Authorization", "Bearer " + tokens.getAccessToken()));

    User me = new UsersApi(client).getCurrentUser();

    assertThat(tokens.getTokenType()).isEqualTo(TokenPair.TokenTypeEnum.BEARER);
    assertThat(me.getEmail()).isEqualTo(Api.ADMIN_EMAIL);
    assertThat(me.getStatus()).isEqualTo(User.StatusEnum.ACTIVE);
    assertThat(me.getRoles()).containsExactly(Role.PLATFORM_ADMIN);
  }

  @Test
  void shouldSurfaceTheProblemOfAFailedLogin() {
    ApiException failure =
        catchThrowableOfType(
            ApiException.class, () -> new AuthApi(client()).login(login("not the password")));

    assertThat(failure.getCode()).isEqualTo(401);
    assertThat(failure.getResponseBody()).contains("\"code\":\"invalid_credentials\"");
  }

  private ApiClient client() {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://localhost:" + root.getPort());
    return client;
  }

  private static LoginRequest login(String password) {
    return new LoginRequest().tenant("system").email(Api.ADMIN_EMAIL).password(password);
  }
}
