package io.tenantry.application.apikey;

import io.tenantry.domain.tenant.TenantId;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The shape of a personal API key: {@code tnt_} + 43 characters of secret (256 random bits,
 * base64url) + 22 characters naming the tenant (its id, base64url). The tenant is part of the key
 * so a request leads straight to the one schema that can hold it; a key altered to name another
 * tenant is simply unknown there, because the stored hash covers the whole key.
 */
public final class ApiKeyFormat {
  /** What every key starts with, so callers (and secret scanners) can tell keys from JWTs. */
  public static final String SCHEME = "tnt_";

  private static final int SECRET_LENGTH = 43;
  private static final int TENANT_LENGTH = 22;
  private static final int PREFIX_LENGTH = SCHEME.length() + 8;
  private static final Pattern SHAPE =
      Pattern.compile("tnt_[A-Za-z0-9_-]{" + (SECRET_LENGTH + TENANT_LENGTH) + "}");

  private ApiKeyFormat() {}

  public static boolean looksLikeKey(String bearer) {
    return bearer.startsWith(SCHEME);
  }

  /** The key made of a fresh {@code secret} for {@code tenant}. */
  public static String compose(String secret, TenantId tenant) {
    if (secret.length() != SECRET_LENGTH) {
      throw new IllegalArgumentException("a key secret is 43 base64url characters");
    }
    ByteBuffer bytes = ByteBuffer.allocate(16);
    bytes.putLong(tenant.value().getMostSignificantBits());
    bytes.putLong(tenant.value().getLeastSignificantBits());
    return SCHEME + secret + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  /** The tenant a well-formed key names; empty for anything else. */
  public static Optional<TenantId> tenantOf(String key) {
    if (!SHAPE.matcher(key).matches()) {
      return Optional.empty();
    }
    byte[] raw = Base64.getUrlDecoder().decode(key.substring(SCHEME.length() + SECRET_LENGTH));
    ByteBuffer bytes = ByteBuffer.wrap(raw);
    return Optional.of(new TenantId(new UUID(bytes.getLong(), bytes.getLong())));
  }

  /** The first characters of a key: shown in lists so people can tell their keys apart. */
  public static String prefixOf(String key) {
    return key.substring(0, PREFIX_LENGTH);
  }
}
