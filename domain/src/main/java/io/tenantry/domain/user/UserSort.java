package io.tenantry.domain.user;

/** The fields the user directory can be sorted by. */
public enum UserSort {
  EMAIL,
  DISPLAY_NAME,
  STATUS,
  CREATED_AT,
  LAST_LOGIN_AT
}
