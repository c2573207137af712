package io.tenantry.domain.user;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A tiny common-password list, looked up case-insensitively like the real one. */
final class FakeCommonPasswords implements CommonPasswords {
  private final Set<String> passwords;

  FakeCommonPasswords(String... passwords) {
    this.passwords =
        Set.of(passwords).stream()
            .map(p -> p.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public boolean contains(String password) {
    return passwords.contains(password.toLowerCase(Locale.ROOT));
  }
}
