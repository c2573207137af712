package io.tenantry.rest.tenant;

import io.tenantry.rest.auth.TokenResponse;
import io.tenantry.rest.user.UserResponse;

/** What public sign-up returns: the new tenant, its owner and the owner's tokens. */
public record SignupResponse(TenantResponse tenant, UserResponse owner, TokenResponse tokens) {}
