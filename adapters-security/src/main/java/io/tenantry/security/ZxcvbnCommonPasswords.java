package io.tenantry.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import io.tenantry.domain.user.CommonPasswords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/**
 * The ~30,000 most common passwords, from the zxcvbn4j library's own dictionary, read at the first
 * password that is checked rather than when the policy is built at start-up.
 */
public final class ZxcvbnCommonPasswords implements CommonPasswords {

  @Override
  public boolean contains(String password) {
    return Dictionary.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
  }

  public int size() {
    return Dictionary.PASSWORDS.size();
  }

  // Initialised by the JVM on first use, once and thread-safely (the holder idiom): ~2 MB of heap
  // and zxcvbn's classes that a start whose admin already exists never needs.
  private static final class Dictionary {
    static final Set<String> PASSWORDS = load();

    private static Set<String> load() {
      try {
        return Set.copyOf(
            StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the common-password list", e);
      }
    }
  }
}
