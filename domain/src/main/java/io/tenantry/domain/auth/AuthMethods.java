package io.tenantry.domain.auth;

import java.util.List;

/**
 * How the user of a session proved who they are, as the RFC 8176 {@code amr} values its tokens
 * carry: a password alone, or a password and a one-time code (a TOTP code, or a recovery code,
 * which is a single-use code of the same second factor).
 */
public enum AuthMethods {
  PASSWORD(List.of("pwd")),
  PASSWORD_AND_OTP(List.of("pwd", "otp"));

  private final List<String> amr;

  AuthMethods(List<String> amr) {
    this.amr = amr;
  }

  /** The {@code amr} claim's values, in order. */
  public List<String> amr() {
    return amr;
  }

  /** The stored form: the values separated by spaces. */
  public String stored() {
    return String.join(" ", amr);
  }

  /** The methods of a stored value; none stored (a session older than the column) is a password. */
  public static AuthMethods ofStored(String stored) {
    for (AuthMethods methods : values()) {
      if (methods.stored().equals(stored)) {
        return methods;
      }
    }
    return PASSWORD;
  }
}
