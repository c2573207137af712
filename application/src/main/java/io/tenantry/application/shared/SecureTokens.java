package io.tenantry.application.shared;

/** Source of unguessable secrets. */
public interface SecureTokens {
  /** 256 random bits, base64url without padding: 43 characters of {@code [A-Za-z0-9_-]}. */
  String newSecret();
}
