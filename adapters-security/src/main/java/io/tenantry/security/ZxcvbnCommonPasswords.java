package io.tenantry.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import io.tenantry.domain.user.CommonPasswords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/** The ~30,000 most common passwords, from the zxcvbn4j library's own dictionary. */
public final class ZxcvbnCommonPasswords implements CommonPasswords {
  private final Set<String> passwords;

  public ZxcvbnCommonPasswords() {
    try {
      this.passwords =
          Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the common-password list", e);
    }
  }

  @Override
  public boolean contains(String password) {
    return passwords.contains(password.toLowerCase(Locale.ROOT));
  }

  public int size() {
    return passwords.size();
  }
}
