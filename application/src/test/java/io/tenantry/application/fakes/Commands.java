package io.tenantry.application.fakes;

import io.tenantry.application.invitation.AcceptInvitationCommand;
import io.tenantry.application.invitation.InviteUserCommand;
import io.tenantry.application.session.LoginCommand;
import io.tenantry.application.tenant.CreateTenantCommand;
import io.tenantry.application.tenant.UpdateTenantCommand;
import io.tenantry.application.user.UpdateUserCommand;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.TenantSort;
import io.tenantry.domain.tenant.TenantStatus;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserSort;
import io.tenantry.domain.user.UserStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typed commands and queries built from the strings a client sends, the way the REST adapter reads
 * them, so the use-case tests can speak in plain values.
 */
public final class Commands {
  private Commands() {}

  public static LoginCommand login(String tenant, String email, String password) {
    return new LoginCommand(lenient(tenant, TenantSlug::new), lenient(email, Email::new), password);
  }

  public static Optional<TenantSlug> slug(String raw) {
    return lenient(raw, TenantSlug::new);
  }

  public static Optional<Email> email(String raw) {
    return lenient(raw, Email::new);
  }

  public static AcceptInvitationCommand acceptInvitation(
      String token, String password, String displayName) {
    return new AcceptInvitationCommand(token, password, new DisplayName(displayName));
  }

  public static InviteUserCommand invite(String email, String displayName, List<String> roles) {
    return new InviteUserCommand(new Email(email), new DisplayName(displayName), roles(roles));
  }

  public static Set<Role> roles(List<String> names) {
    return names.stream().map(Role::new).collect(Collectors.toUnmodifiableSet());
  }

  public static UpdateUserCommand updateUser(
      UUID id, Optional<String> name, Optional<String> status, OptionalLong expected) {
    return new UpdateUserCommand(
        new UserId(id),
        name.map(DisplayName::new),
        status.map(s -> enumValue(UserStatus.class, s, "status")),
        expected);
  }

  public static CreateTenantCommand createTenant(
      String slug, String name, String ownerEmail, String ownerName, String ownerPassword) {
    return new CreateTenantCommand(
        new TenantSlug(slug),
        new TenantName(name),
        new Email(ownerEmail),
        new DisplayName(ownerName),
        Optional.ofNullable(ownerPassword));
  }

  public static UpdateTenantCommand updateTenant(
      Optional<String> name,
      Optional<Boolean> selfRegistration,
      Optional<String> status,
      OptionalLong expected) {
    return new UpdateTenantCommand(
        name.map(TenantName::new),
        selfRegistration,
        status.map(s -> enumValue(TenantStatus.class, s, "status")),
        expected);
  }

  public static UserQuery userQuery(
      String text, String status, String role, Integer page, Integer size, String sort) {
    return new UserQuery(
        Optional.ofNullable(text),
        Optional.ofNullable(status).map(s -> enumValue(UserStatus.class, s, "status")),
        Optional.ofNullable(role).map(Role::new),
        page(page, size, sort(sort, UserSort.class, UserQuery.DEFAULT_SORT)));
  }

  public static TenantQuery tenantQuery(
      String text, String status, Integer page, Integer size, String sort) {
    return new TenantQuery(
        Optional.ofNullable(text),
        Optional.ofNullable(status).map(s -> enumValue(TenantStatus.class, s, "status")),
        page(page, size, sort(sort, TenantSort.class, TenantQuery.DEFAULT_SORT)));
  }

  private static <F extends Enum<F>> PageRequest<F> page(
      Integer page, Integer size, SortOrder<F> sort) {
    return new PageRequest<>(
        page == null ? 0 : page, size == null ? PageRequest.DEFAULT_SIZE : size, sort);
  }

  private static <F extends Enum<F>> SortOrder<F> sort(
      String raw, Class<F> fields, SortOrder<F> fallback) {
    if (raw == null) {
      return fallback;
    }
    String[] parts = raw.split(",");
    F field = enumValue(fields, parts[0], "sort");
    return new SortOrder<>(field, parts.length == 1 || parts[1].equals("asc"));
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field) {
    try {
      return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(field, "unknown value");
    }
  }

  private static <T> Optional<T> lenient(String raw, Function<String, T> parser) {
    try {
      return Optional.of(parser.apply(raw));
    } catch (DomainException e) {
      return Optional.empty();
    }
  }
}
