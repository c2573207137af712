package io.tenantry.application.tenant;

import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.user.UserView;

/** A tenant created by public sign-up, its owner, and the owner's first session. */
public record SignupResult(TenantView tenant, UserView owner, TokenPair tokens) {}
