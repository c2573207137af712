package io.tenantry.domain.audit;

import io.tenantry.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that signs audit anchors (HMAC-SHA256). It lives in configuration, outside the
 * database, so someone who can rewrite rows cannot make a matching anchor.
 */
public final class AuditAnchorKey {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int MIN_BYTES = 32;

  private final SecretKeySpec key;

  public AuditAnchorKey(byte[] key) {
    if (key == null || key.length < MIN_BYTES) {
      throw new IllegalArgumentException("an audit anchor key has at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** The MAC of a tenant's chain head, hex-encoded. */
  public String sign(TenantId tenant, ChainLink head) {
    String message = "v1|" + tenant.value() + '|' + head.sequence() + '|' + head.hash();
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** Whether {@code anchor} was signed with this key for {@code tenant} (constant-time). */
  public boolean signed(TenantId tenant, AuditAnchor anchor) {
    String expected = sign(tenant, new ChainLink(anchor.sequence(), anchor.hash()));
    return anchor.mac() != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8),
            anchor.mac().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "AuditAnchorKey[redacted]";
  }
}
