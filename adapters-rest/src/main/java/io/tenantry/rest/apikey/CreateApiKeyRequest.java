package io.tenantry.rest.apikey;

import io.tenantry.application.apikey.CreateApiKeyCommand;
import io.tenantry.domain.user.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/users/me/api-keys}: a name, and optionally an expiry and a role limit. */
@Schema(name = "CreateApiKeyRequest")
public record CreateApiKeyRequest(
    @NotBlank @Size(max = 100) String name,
    Instant expiresAt,
    @Size(min = 1, max = 10) List<@NotBlank @Size(max = 64) String> roles) {

  CreateApiKeyCommand toCommand() {
    Optional<Set<Role>> limit =
        Optional.ofNullable(roles)
            .map(names -> names.stream().map(Role::new).collect(Collectors.toUnmodifiableSet()));
    return new CreateApiKeyCommand(name, Optional.ofNullable(expiresAt), limit);
  }
}
