package io.tenantry.domain.user;

/** A list of passwords too common to allow, looked up case-insensitively. */
public interface CommonPasswords {
  boolean contains(String password);
}
