package io.tenantry.web.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.session.PageCaller;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.user.UserId;
import io.tenantry.web.FormErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One user's console page: their facts, their live sessions when the caller may manage them, and
 * the forms the caller's permissions open (roles, disable or enable, unlock, reset MFA, sign out
 * everywhere, delete).
 */
@ApplicationScoped
public class UserDetailView {
  @Inject UseCases useCases;
  @Inject ConsoleView view;

  @Inject
  @Location("console/user.html")
  Template template;

  @Inject
  @Location("console/user-delete.html")
  Template deletion;

  /** The page, with {@code errors} beside the form they are about and {@code notice} on top. */
  public Response render(
      PageCaller caller,
      String csrfCookie,
      UserId id,
      String notice,
      FormErrors errors,
      int status) {
    UserView user = useCases.readUsers.get(caller.actor(), id);
    Optional<List<SessionLine>> sessions = sessions(caller, id);
    List<String> roles = new ArrayList<>(UserFilters.ROLES);
    user.roles().stream().filter(r -> !roles.contains(r)).forEach(roles::add);
    TemplateInstance page =
        template
            .data("user", UserRow.of(user, Instant.now()))
            .data("active", !"disabled".equals(user.status()))
            .data("roleOptions", Option.of(roles, user.roles()))
            .data("manageable", sessions.isPresent())
            .data("sessions", sessions.orElse(List.of()))
            .data("ownAccount", caller.actor().userId().equals(id))
            .data("notice", notice == null ? "" : notice);
    return view.render(caller, csrfCookie, page, "users", errors, status);
  }

  /** The confirmation step before a user is deleted. */
  public Response confirmDeletion(PageCaller caller, String csrfCookie, UserId id) {
    UserView user = useCases.readUsers.get(caller.actor(), id);
    TemplateInstance page = deletion.data("user", UserRow.of(user, Instant.now()));
    return view.render(caller, csrfCookie, page, "users", null, 200);
  }

  /** The sessions, or empty when the caller may not manage this user (then no forms either). */
  private Optional<List<SessionLine>> sessions(PageCaller caller, UserId id) {
    try {
      return Optional.of(
          useCases.userSessions.list(caller.actor(), id).stream().map(SessionLine::of).toList());
    } catch (ForbiddenException notTheirs) {
      return Optional.empty();
    }
  }
}
