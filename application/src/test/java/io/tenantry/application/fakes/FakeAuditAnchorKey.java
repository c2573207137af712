package io.tenantry.application.fakes;

import io.tenantry.domain.audit.AuditAnchorKey;
import io.tenantry.domain.audit.ChainLink;
import io.tenantry.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A keyed SHA-256 standing in for the HMAC key: deterministic, and unknown to "attackers". */
public final class FakeAuditAnchorKey implements AuditAnchorKey {
  private static final String SECRET = "test anchor key";

  @Override
  public String sign(TenantId tenant, ChainLink head) {
    try {
      byte[] input =
          (SECRET + '|' + AuditAnchorKey.message(tenant, head)).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
