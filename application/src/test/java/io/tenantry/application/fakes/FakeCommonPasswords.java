package io.tenantry.application.fakes;

import io.tenantry.domain.user.CommonPasswords;
import java.util.Locale;
import java.util.Set;

/** A tiny common-password list, looked up case-insensitively like the real one. */
public final class FakeCommonPasswords implements CommonPasswords {
  private static final Set<String> COMMON = Set.of("password1234", "qwertyuiop123");

  @Override
  public boolean contains(String password) {
    return COMMON.contains(password.toLowerCase(Locale.ROOT));
  }
}
