package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import io.tenantry.client.ApiClient;
import io.tenantry.client.ApiException;
import io.tenantry.client.api.AuthApi;
import io.tenantry.client.api.UsersApi;
import io.tenantry.client.model.LoginRequest;
import io.tenantry.client.model.TokenPair;
import io.tenantry.client.model.User;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    assertThat(me.getRoles()).containsExactly("platform_admin");
  }

  @Test
  void shouldReadAUserHoldingACustomRoleThroughTheGeneratedClient() throws ApiException {
    CreatedTenant acme = Tenants.create(aTenant());
    as(acme.owner().accessToken())
        .body(Map.of("name", "support-agent", "permissions", List.of("users:read")))
        .post("/api/v1/roles")
        .then()
        .statusCode(201);
    CreatedUser agent = Users.create(acme, aUser().withRoles("support-agent", "member"));

    User read =
        new UsersApi(client(acme.owner().accessToken())).getUser(UUID.fromString(agent.id()));
    User self = new UsersApi(client(agent.token())).getCurrentUser();

    assertThat(read.getEmail()).isEqualTo(agent.email());
    assertThat(read.getRoles()).containsExactlyInAnyOrder("support-agent", "member");
    assertThat(self.getRoles()).containsExactlyInAnyOrder("support-agent", "member");
  }

  @Test
  void shouldSurfaceTheProblemOfAFailedLogin() {
    ApiException failure =
        catchThrowableOfType(
            ApiException.class, () -> new AuthApi(client()).login(login("not the password")));

    assertThat(failure.getCode()).isEqualTo(401);
    assertThat(failure.getResponseBody()).contains("\"code\":\"invalid_credentials\"");
  }

  private ApiClient client(String accessToken) {
    ApiClient client = client();
    client.setRequestInterceptor(
        request -> request.header("Authorization", "Bearer " + accessToken));
    return client;
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
