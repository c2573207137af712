package io.tenantry.domain.auth;

import io.tenantry.domain.tenant.TenantId;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An opaque, URL-safe token that names its tenant: 22 characters of tenant id and 43 of secret (256
 * bits). The prefix lets a token be routed to its tenant's schema without a global lookup.
 */
public record ScopedToken(TenantId tenant, String value) {
  private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9_-]{65}$");
  private static final int PREFIX = 22;

  public static ScopedToken compose(TenantId tenant, String secret) {
    if (secret.length() != 43) {
      throw new IllegalArgumentException("secret must be 256 bits in base64url");
    }
    ByteBuffer id = ByteBuffer.allocate(16);
    id.putLong(tenant.value().getMostSignificantBits());
    id.putLong(tenant.value().getLeastSignificantBits());
    String prefix = Base64.getUrlEncoder().withoutPadding().encodeToString(id.array());
    return new ScopedToken(tenant, prefix + secret);
  }

  /** Reads the tenant from a presented token; anything malformed is empty. */
  public static Optional<ScopedToken> parse(String presented) {
    if (presented == null || !FORMAT.matcher(presented).matches()) {
      return Optional.empty();
    }
    try {
      ByteBuffer id =
          ByteBuffer.wrap(Base64.getUrlDecoder().decode(presented.substring(0, PREFIX)));
      TenantId tenant = new TenantId(new UUID(id.getLong(), id.getLong()));
      return Optional.of(new ScopedToken(tenant, presented));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public TokenHash hash() {
    return TokenHash.of(value);
  }

  @Override
  public String toString() {
    return "ScopedToken[" + tenant + ", redacted]";
  }
}
