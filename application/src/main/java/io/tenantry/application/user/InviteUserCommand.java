package io.tenantry.application.user;

import java.util.List;

/** Who to invite into the caller's tenant, and with which roles. */
public record InviteUserCommand(String email, String displayName, List<String> roles) {}
