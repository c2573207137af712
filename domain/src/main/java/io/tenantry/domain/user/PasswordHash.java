package io.tenantry.domain.user;

import java.util.Objects;

/** A password hash in PHC or modular-crypt form; never printed. */
public record PasswordHash(String value) {
  public PasswordHash {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "PasswordHash[redacted]";
  }
}
