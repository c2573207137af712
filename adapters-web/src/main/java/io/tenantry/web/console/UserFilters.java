package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The users list's search, status and role filters and page, as typed and as a query. */
@TemplateData
public record UserFilters(String q, String status, String role, int page) {
  public static final int SIZE = 20;
  static final List<String> STATUSES = List.of("active", "invited", "disabled");
  static final List<String> ROLES = List.of("owner", "admin", "member");

  static UserFilters of(String q, String status, String role, String page) {
    return new UserFilters(
        ConsoleInput.text(q, 100).orElse(""),
        status != null && STATUSES.contains(status) ? status : "",
        ConsoleInput.text(role, 40).orElse(""),
        ConsoleInput.page(page));
  }

  UserQuery toQuery() {
    return new UserQuery(
        ConsoleInput.text(q, 100),
        status.isEmpty()
            ? Optional.empty()
            : Optional.of(UserStatus.valueOf(status.toUpperCase(Locale.ROOT))),
        parsedRole(),
        new PageRequest<>(page, SIZE, UserQuery.DEFAULT_SORT));
  }

  /** The list's link with these filters and page {@code number}. */
  public String pageUrl(int number) {
    return "/console/users?q="
        + encode(q)
        + "&status="
        + encode(status)
        + "&role="
        + encode(role)
        + "&page="
        + number;
  }

  public List<Option> statusOptions() {
    return Option.of(STATUSES, List.of(status));
  }

  public List<Option> roleOptions() {
    return Option.of(ROLES, List.of(role));
  }

  private Optional<Role> parsedRole() {
    try {
      return role.isEmpty() ? Optional.empty() : Optional.of(new Role(role));
    } catch (DomainException notARole) {
      return Optional.empty();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
