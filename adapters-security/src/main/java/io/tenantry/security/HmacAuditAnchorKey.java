package io.tenantry.security;

import io.tenantry.domain.audit.AuditAnchorKey;
import io.tenantry.domain.audit.ChainLink;
import io.tenantry.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The audit anchor key as HMAC-SHA256 over the JDK's provider; at least 32 bytes. */
public final class HmacAuditAnchorKey implements AuditAnchorKey {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int MIN_BYTES = 32;

  private final SecretKeySpec key;

  public HmacAuditAnchorKey(byte[] key) {
    if (key == null || key.length < MIN_BYTES) {
      throw new IllegalArgumentException("an audit anchor key has at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  @Override
  public String sign(TenantId tenant, ChainLink head) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] message = AuditAnchorKey.message(tenant, head).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(mac.doFinal(message));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "HmacAuditAnchorKey[redacted]";
  }
}
