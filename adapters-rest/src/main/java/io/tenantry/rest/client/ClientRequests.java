package io.tenantry.rest.client;

import io.tenantry.application.client.ClientChanges;
import io.tenantry.domain.client.ClientName;
import io.tenantry.domain.client.ClientSettings;
import io.tenantry.domain.client.RedirectUri;
import io.tenantry.domain.user.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the client routes. */
public final class ClientRequests {
  private ClientRequests() {}

  /** {@code POST /api/v1/clients}. */
  @Schema(name = "CreateClientRequest")
  public record Create(
      @NotBlank @Size(max = 100) String name,
      @NotBlank @Schema(enumeration = {"public", "confidential", "service"}) @Size(max = 16)
          String type,
      @Size(max = 20) List<@NotBlank @Size(max = 2000) String> redirectUris,
      @Size(max = 20) List<@NotBlank @Size(max = 2000) String> postLogoutRedirectUris,
      @Size(max = 10) List<@NotBlank @Size(max = 64) String> roles,
      @Size(min = 1, max = 200) String audience) {

    ClientSettings settings() {
      return new ClientSettings(
          new ClientName(name),
          uris(redirectUris),
          uris(postLogoutRedirectUris),
          ClientRequests.roles(roles),
          audience);
    }
  }

  /** {@code PATCH /api/v1/clients/{id}}: what is present changes. */
  @Schema(name = "UpdateClientRequest")
  public record Update(
      @Size(min = 1, max = 100) String name,
      @Size(max = 20) List<@NotBlank @Size(max = 2000) String> redirectUris,
      @Size(max = 20) List<@NotBlank @Size(max = 2000) String> postLogoutRedirectUris,
      @Size(max = 10) List<@NotBlank @Size(max = 64) String> roles,
      @Size(min = 1, max = 200) String audience) {

    ClientChanges changes() {
      return new ClientChanges(
          Optional.ofNullable(name).map(ClientName::new),
          Optional.ofNullable(redirectUris).map(ClientRequests::uris),
          Optional.ofNullable(postLogoutRedirectUris).map(ClientRequests::uris),
          Optional.ofNullable(roles).map(ClientRequests::roles),
          Optional.ofNullable(audience));
    }
  }

  private static List<RedirectUri> uris(List<String> values) {
    return values == null ? List.of() : values.stream().map(RedirectUri::new).toList();
  }

  private static Set<Role> roles(List<String> names) {
    return names == null
        ? Set.of()
        : names.stream().map(Role::new).collect(Collectors.toUnmodifiableSet());
  }
}
