package io.tenantry.application.user;

import java.util.Optional;
import java.util.OptionalLong;

/** A partial update of another user; absent fields stay as they are. */
public record UpdateUserCommand(
    Optional<String> displayName, Optional<String> status, OptionalLong expectedVersion) {}
