package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.application.invitation.InviteUserCommand;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.web.FormErrors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The invitation form as typed, and the command it makes when every field reads well. */
@TemplateData
public record InviteForm(String email, String displayName, List<String> roles) {
  public InviteForm {
    email = ConsoleInput.orEmpty(email);
    displayName = ConsoleInput.orEmpty(displayName);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  static InviteForm empty() {
    return new InviteForm("", "", List.of("member"));
  }

  public List<Option> roleOptions() {
    return Option.of(UserFilters.ROLES, roles);
  }

  /** The command, or empty with the reasons flagged beside the fields in {@code errors}. */
  Optional<InviteUserCommand> command(FormErrors errors) {
    errors.required("email", email).required("display_name", displayName);
    Email address =
        parse(
            errors,
            "email",
            "Enter an e-mail address like name@example.com.",
            () -> new Email(email));
    DisplayName name =
        parse(
            errors,
            "display_name",
            "Enter a name of at most 100 characters.",
            () -> new DisplayName(displayName));
    Set<Role> chosen = new LinkedHashSet<>();
    for (String role : roles) {
      Role parsed = parse(errors, "roles", "Choose among the roles shown.", () -> new Role(role));
      if (parsed != null) {
        chosen.add(parsed);
      }
    }
    if (chosen.isEmpty()) {
      errors.flag("roles", "Choose at least one role.");
    }
    return errors.any()
        ? Optional.empty()
        : Optional.of(new InviteUserCommand(address, name, chosen));
  }

  private static <T> T parse(FormErrors errors, String field, String message, Supplier<T> parser) {
    if (errors.asMap().containsKey(field)) {
      return null;
    }
    try {
      return parser.get();
    } catch (DomainException invalid) {
      errors.flag(field, message);
      return null;
    }
  }
}
