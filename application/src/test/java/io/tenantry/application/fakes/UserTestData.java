package io.tenantry.application.fakes;

import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.invitation.InviteUserCommand;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.user.UserView;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one user fixture of the application and HTTP tests: a user as people get there, invited and
 * then accepting; as a command for the use cases or as the API's request body ({@link #body}). Each
 * user gets an address no other test uses unless one is given.
 */
public final class UserTestData {
  private String email = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
  private String displayName = "Uma User";
  private List<String> roles = List.of("member");

  private UserTestData() {}

  public static UserTestData aUser() {
    return new UserTestData();
  }

  public UserTestData withEmail(String value) {
    email = value;
    return this;
  }

  public UserTestData withDisplayName(String value) {
    displayName = value;
    return this;
  }

  public UserTestData withRoles(String... values) {
    roles = List.of(values);
    return this;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public InviteUserCommand command() {
    return Commands.invite(email, displayName, roles);
  }

  /** The body of {@code POST /api/v1/users}. */
  public Map<String, Object> body() {
    return Map.of("email", email, "display_name", displayName, "roles", roles);
  }

  /** Invited by {@code inviter}; status {@code invited}. */
  public UserView invite(TestApp app, Actor inviter) {
    return app.useCases.inviteUser.invite(inviter, command());
  }

  /** Invited by {@code inviter}, accepted with {@link TestApp#PASSWORD}, and authenticated. */
  public TestApp.Session create(TestApp app, Actor inviter) {
    invite(app, inviter);
    TokenPair tokens =
        app.useCases.acceptInvitation.accept(
            Commands.acceptInvitation(
                app.outbox.tokenSentTo(email), TestApp.PASSWORD, displayName));
    return new TestApp.Session(
        app.useCases.authenticate.authenticate(tokens.accessToken()), tokens);
  }
}
