package io.tenantry.application.client;

import io.tenantry.domain.client.ClientName;
import io.tenantry.domain.client.ClientSettings;
import io.tenantry.domain.client.RedirectUri;
import io.tenantry.domain.user.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A partial update of a client's settings: only what is present changes. */
public record ClientChanges(
    Optional<ClientName> name,
    Optional<List<RedirectUri>> redirectUris,
    Optional<List<RedirectUri>> postLogoutRedirectUris,
    Optional<Set<Role>> roles,
    Optional<String> audience) {

  /** {@code current} with these changes applied. */
  ClientSettings applyTo(ClientSettings current) {
    return new ClientSettings(
        name.orElse(current.name()),
        redirectUris.orElse(current.redirectUris()),
        postLogoutRedirectUris.orElse(current.postLogoutRedirectUris()),
        roles.orElse(current.roles()),
        audience.or(current::ownAudience).orElse(null));
  }

  /** The API names of the fields present, for the audit trail. */
  Set<String> fields() {
    Set<String> fields = new TreeSet<>();
    name.ifPresent(v -> fields.add("name"));
    redirectUris.ifPresent(v -> fields.add("redirect_uris"));
    postLogoutRedirectUris.ifPresent(v -> fields.add("post_logout_redirect_uris"));
    roles.ifPresent(v -> fields.add("roles"));
    audience.ifPresent(v -> fields.add("audience"));
    return fields;
  }
}
