package io.tenantry.rest.tenant;

import io.tenantry.rest.auth.TokenResponse;
import io.tenantry.rest.user.UserResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What public sign-up returns: the new tenant, its owner and the owner's tokens. */
@Schema(name = "SignUpResult")
public record SignupResponse(TenantResponse tenant, UserResponse owner, TokenResponse tokens) {}
