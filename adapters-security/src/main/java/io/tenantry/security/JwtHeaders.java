package io.tenantry.security;

/**
 * The {@code typ} check on a verified token's protected header: RFC 9068 (§4) requires a resource
 * server to check it, and jose4j's consumer leaves it to us.
 */
final class JwtHeaders {
  private JwtHeaders() {}

  /**
   * Whether a {@code typ} header value is {@code type}: compared case-insensitively, with or
   * without the {@code application/} prefix (RFC 7515 §4.1.9).
   */
  static boolean isType(String typ, String type) {
    return typ != null
        && (typ.equalsIgnoreCase(type) || typ.equalsIgnoreCase("application/" + type));
  }
}
