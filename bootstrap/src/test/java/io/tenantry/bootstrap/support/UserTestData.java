package io.tenantry.bootstrap.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Invites users through the API and, when asked, accepts the invitation for them. */
public final class UserTestData {
  private final TenantTestData.CreatedTenant tenant;
  private String email = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
  private String displayName = "Uma User";
  private List<String> roles = List.of("member");

  private UserTestData(TenantTestData.CreatedTenant tenant) {
    this.tenant = tenant;
  }

  public static UserTestData aUserOf(TenantTestData.CreatedTenant tenant) {
    return new UserTestData(tenant);
  }

  public UserTestData withEmail(String value) {
    email = value;
    return this;
  }

  public UserTestData withRoles(String... values) {
    roles = List.of(values);
    return this;
  }

  public Map<String, Object> body() {
    return Map.of("email", email, "display_name", displayName, "roles", roles);
  }

  /** Invited by the tenant's owner; status {@code invited}. */
  public CreatedUser invite() {
    String id =
        Api.as(tenant.owner().accessToken())
            .body(body())
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new CreatedUser(id, email, null);
  }

  /** Invited, then accepted with {@link Api#PASSWORD}: an active user with a session. */
  public CreatedUser create() {
    CreatedUser invited = invite();
    String token = Mailbox.awaitToken(email, "invited");
    var tokens =
        Api.json()
            .body(Map.of("token", token, "password", Api.PASSWORD, "display_name", displayName))
            .post("/api/v1/auth/invitations/accept")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return new CreatedUser(
        invited.id(),
        email,
        new Api.Session(tokens.getString("access_token"), tokens.getString("refresh_token")));
  }

  /** A user made for a test; {@code session} is null while only invited. */
  public record CreatedUser(String id, String email, Api.Session session) {
    public String token() {
      return session.accessToken();
    }
  }
}
