package io.tenantry.bootstrap.support;

import io.tenantry.application.fakes.UserTestData;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import java.util.Map;

/** Invites the users of {@link UserTestData} through the API and, when asked, accepts for them. */
public final class Users {
  private Users() {}

  /** Invited by the tenant's owner; status {@code invited}. */
  public static CreatedUser invite(CreatedTenant tenant, UserTestData user) {
    String id =
        Api.as(tenant.owner().accessToken())
            .body(user.body())
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new CreatedUser(id, user.email(), null);
  }

  /** Invited, then accepted with {@link Api#PASSWORD}: an active user with a session. */
  public static CreatedUser create(CreatedTenant tenant, UserTestData user) {
    CreatedUser invited = invite(tenant, user);
    String token = Mailbox.awaitToken(user.email(), "invited");
    var tokens =
        Api.json()
            .body(
                Map.of(
                    "token", token, "password", Api.PASSWORD, "display_name", user.displayName()))
            .post("/api/v1/auth/invitations/accept")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return new CreatedUser(
        invited.id(),
        user.email(),
        new Api.Session(tokens.getString("access_token"), tokens.getString("refresh_token")));
  }

  /** A user made for a test; {@code session} is null while only invited. */
  public record CreatedUser(String id, String email, Api.Session session) {
    public String token() {
      return session.accessToken();
    }
  }
}
