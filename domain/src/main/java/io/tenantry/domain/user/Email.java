package io.tenantry.domain.user;

import io.tenantry.domain.shared.RuleViolationException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased so that comparisons are case-insensitive. */
public record Email(String value) {
  private static final Pattern FORMAT =
      Pattern.compile(
          "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

  public Email {
    if (value == null) {
      throw new RuleViolationException("email", "must not be null");
    }
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > 254 || value.indexOf('@') > 64 || !FORMAT.matcher(value).matches()) {
      throw new RuleViolationException("email", "must be a well-formed email address");
    }
  }

  public String localPart() {
    return value.substring(0, value.indexOf('@'));
  }

  @Override
  public String toString() {
    return value;
  }
}
