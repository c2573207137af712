package io.tenantry.application.user;

import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserStatus;
import java.util.Optional;
import java.util.OptionalLong;

/** A partial update of another user; absent fields stay as they are. */
public record UpdateUserCommand(
    UserId user,
    Optional<DisplayName> displayName,
    Optional<UserStatus> status,
    OptionalLong expectedVersion) {}
