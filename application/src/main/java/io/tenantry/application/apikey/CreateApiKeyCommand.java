package io.tenantry.application.apikey;

import io.tenantry.domain.user.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A new key's name, optional expiry and optional role limit. */
public record CreateApiKeyCommand(
    String name, Optional<Instant> expiresAt, Optional<Set<Role>> roles) {}
