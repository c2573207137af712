package io.tenantry.web.console;

import io.tenantry.application.UseCases;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.user.UpdateUserCommand;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserStatus;
import io.tenantry.web.AnswersOutagesInHtml;
import io.tenantry.web.FormErrors;
import io.tenantry.web.PageCookies;
import io.tenantry.web.PageForm;
import io.tenantry.web.PageMessages;
import io.tenantry.web.PageResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /console/users/{id}}: one user, and the changes made to them from there, each through the
 * use case the API uses; a refusal is shown beside the form that asked for it.
 */
@Path("/console/users/{id}")
@Produces(MediaType.TEXT_HTML)
@AnswersOutagesInHtml
public class UserPage {
  @Inject UseCases useCases;
  @Inject ConsoleAccess access;
  @Inject UserDetailView detail;
  @Inject PageMessages msg;

  @GET
  public Response show(
      @RestPath String id, @RestQuery String done, @BeanParam PageCookies cookies) {
    return access.page(
        cookies,
        caller ->
            detail.render(
                caller, cookies.csrfCookie(), ConsoleInput.userId(id), notice(done), null, 200));
  }

  @POST
  @Path("/roles")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response roles(
      @RestPath String id, @RestForm("roles") List<String> roles, @BeanParam PageForm posted) {
    return change(
        posted,
        id,
        "roles",
        (actor, user) ->
            useCases.assignRoles.assign(actor, user, roleSet(roles), OptionalLong.empty()));
  }

  @POST
  @Path("/status")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response status(@RestPath String id, @RestForm String status, @BeanParam PageForm posted) {
    UserStatus chosen = "active".equals(status) ? UserStatus.ACTIVE : UserStatus.DISABLED;
    return change(
        posted,
        id,
        chosen == UserStatus.ACTIVE ? "enabled" : "disabled",
        (actor, user) ->
            useCases.updateUser.update(
                actor,
                new UpdateUserCommand(
                    user, Optional.empty(), Optional.of(chosen), OptionalLong.empty())));
  }

  /**
   * The one-button changes, told apart by the last path segment: unlock, remove the second factor,
   * sign out of every session.
   */
  @POST
  @Path("/{action:unlock|mfa-reset|sessions-revoke}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response act(@RestPath String id, @RestPath String action, @BeanParam PageForm posted) {
    return switch (action) {
      case "unlock" -> change(posted, id, "unlocked", useCases.unlockUser::unlock);
      case "mfa-reset" -> change(posted, id, "mfa", useCases.resetMfa::reset);
      default -> change(posted, id, "sessions", useCases.userSessions::revokeAll);
    };
  }

  /** A change to one user: done, then back to their page saying so, or the refusal beside it. */
  private Response change(PageForm posted, String id, String done, Change change) {
    return access.form(
        posted,
        caller -> {
          UserId user = ConsoleInput.userId(id);
          try {
            change.apply(caller.actor(), user);
            return PageResponses.seeOther("/console/users/" + user.value() + "?done=" + done);
          } catch (ConflictException | RuleViolationException refused) {
            FormErrors errors = new FormErrors(msg).flag("change", ConsoleErrors.describe(refused));
            int status = refused instanceof ConflictException ? 409 : 400;
            return detail.render(caller, posted.csrfCookie(), user, null, errors, status);
          }
        });
  }

  private static Set<Role> roleSet(List<String> roles) {
    return roles == null ? Set.of() : roles.stream().map(Role::new).collect(Collectors.toSet());
  }

  private static String notice(String done) {
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "invited" -> "The invitation is on its way.";
      case "roles" -> "The roles are saved.";
      case "disabled" -> "The user is disabled: their sessions and tokens no longer work.";
      case "enabled" -> "The user is enabled again.";
      case "unlocked" -> "The account is unlocked.";
      case "mfa" -> "Their second factor is removed; they sign in with the password alone.";
      case "sessions" -> "All their sessions are signed out.";
      default -> null;
    };
  }

  /** One change made through a use case. */
  @FunctionalInterface
  private interface Change {
    void apply(Actor actor, UserId user);
  }
}
