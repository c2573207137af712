package io.tenantry.bootstrap.support;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.tenantry.application.UseCases;
import io.tenantry.application.auth.ClientGrant;
import io.tenantry.application.client.TenantClient;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.client.Scope;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.UserRepository;
import java.util.List;
import java.util.Map;

/** Registers OAuth clients and calls the {@code /oauth2/*} endpoints the way a client does. */
public final class OAuth {
  private OAuth() {}

  /** A registered client: its id and, unless public, its secret. */
  public record Client(String id, String secret) {}

  public static Client register(String accessToken, Map<String, Object> body) {
    JsonPath created =
        Api.as(accessToken)
            .body(body)
            .post("/api/v1/clients")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new Client(created.getString("client_id"), created.getString("client_secret"));
  }

  public static Client service(String accessToken, String... roles) {
    return register(
        accessToken, Map.of("name", "nightly job", "type", "service", "roles", List.of(roles)));
  }

  public static Client confidential(String accessToken) {
    return register(
        accessToken,
        Map.of(
            "name",
            "web app",
            "type",
            "confidential",
            "redirect_uris",
            List.of("https://app.example.com/callback")));
  }

  public static RequestSpecification form() {
    return given().contentType(ContentType.URLENC).accept(ContentType.JSON);
  }

  /** A form request authenticated with {@code client_secret_basic}. */
  public static RequestSpecification as(Client client) {
    return form().auth().preemptive().basic(client.id(), client.secret());
  }

  public static ValidatableResponse clientCredentials(Client client) {
    return as(client).formParam("grant_type", "client_credentials").post("/oauth2/token").then();
  }

  public static ValidatableResponse introspect(Client caller, String token) {
    return as(caller).formParam("token", token).post("/oauth2/introspect").then();
  }

  /**
   * Starts a session of {@code client} for a user, as the code flow's last step does (the code flow
   * itself arrives with the hosted sign-in): a token pair bound to that client.
   */
  public static Api.Session startSession(Client client, String email, String scope) {
    UseCases useCases = Arc.container().instance(UseCases.class).get();
    UnitOfWork unitOfWork = Arc.container().instance(UnitOfWork.class).get();
    UserRepository users = Arc.container().instance(UserRepository.class).get();
    TenantClient found = useCases.findClient.byClientId(client.id()).orElseThrow();
    var pair =
        unitOfWork.inTenant(
            found.tenant().ref(),
            () ->
                useCases.sessionIssuer.startSession(
                    found.tenant().ref(),
                    users.findByEmail(new Email(email)).orElseThrow(),
                    ClientGrant.of(found.client(), Scope.parse(scope))));
    return new Api.Session(pair.accessToken(), pair.refreshToken());
  }
}
