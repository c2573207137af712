package io.tenantry.domain.client;

import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator sets on a client: its name, where it may send users back to, the roles a
 * service client acts with, and an optional audience of its own for its access tokens.
 */
public record ClientSettings(
    ClientName name,
    List<RedirectUri> redirectUris,
    List<RedirectUri> postLogoutRedirectUris,
    Set<Role> roles,
    String audience) {
  private static final Pattern AUDIENCE = Pattern.compile("^[\\x21-\\x7E]{1,200}$");
  private static final int MAX_URIS = 20;

  public ClientSettings {
    Objects.requireNonNull(name, "name");
    redirectUris = distinct(redirectUris, "redirect_uris");
    postLogoutRedirectUris = distinct(postLogoutRedirectUris, "post_logout_redirect_uris");
    roles = Set.copyOf(roles);
    if (audience != null && !AUDIENCE.matcher(audience).matches()) {
      throw new RuleViolationException("audience", "1 to 200 printable characters, no spaces");
    }
  }

  public Optional<String> ownAudience() {
    return Optional.ofNullable(audience);
  }

  /** The same settings checked against what a client of {@code type} may have. */
  ClientSettings requireFitFor(ClientType type) {
    if (type != ClientType.SERVICE && !roles.isEmpty()) {
      throw new RuleViolationException("roles", "only service clients have roles");
    }
    if (type == ClientType.SERVICE
        && (!redirectUris.isEmpty() || !postLogoutRedirectUris.isEmpty())) {
      throw new RuleViolationException(
          "redirect_uris", "service clients sign nobody in and have no redirect URIs");
    }
    return this;
  }

  private static List<RedirectUri> distinct(List<RedirectUri> uris, String field) {
    List<RedirectUri> unique = List.copyOf(new LinkedHashSet<>(uris));
    if (unique.size() > MAX_URIS) {
      throw new RuleViolationException(field, "at most " + MAX_URIS + " URIs");
    }
    return unique;
  }
}
