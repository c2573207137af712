package io.tenantry.domain.user;

/** Lifecycle of an account: invited until the invitation is accepted, then active or disabled. */
public enum UserStatus {
  ACTIVE,
  INVITED,
  DISABLED
}
