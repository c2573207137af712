package io.tenantry.domain.user;

import io.tenantry.domain.shared.RuleViolationException;
import java.util.Locale;
import java.util.Objects;

/** Which new passwords are accepted: length 12 to 256, not common, not containing the e-mail. */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 256;
  private static final String CODE = "weak_password";

  private final CommonPasswords commonPasswords;

  public PasswordPolicy(CommonPasswords commonPasswords) {
    this.commonPasswords = Objects.requireNonNull(commonPasswords);
  }

  /** Throws a {@code weak_password} violation for {@code field} unless the password is fine. */
  public void check(String password, Email email, String field) {
    if (password == null) {
      throw new RuleViolationException(field, "must not be null");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new RuleViolationException(
          CODE, field, "must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
    }
    if (commonPasswords.contains(password)) {
      throw new RuleViolationException(CODE, field, "is too common; choose another");
    }
    String localPart = email.localPart();
    if (localPart.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(localPart)) {
      throw new RuleViolationException(CODE, field, "must not contain your e-mail address");
    }
  }
}
