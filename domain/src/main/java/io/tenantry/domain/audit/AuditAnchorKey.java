package io.tenantry.domain.audit;

import io.tenantry.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The secret that signs audit anchors (HMAC-SHA256 in production). It lives in configuration,
 * outside the database, so someone who can rewrite rows cannot make a matching anchor.
 */
public interface AuditAnchorKey {

  /** The MAC of a tenant's chain head, hex-encoded. */
  String sign(TenantId tenant, ChainLink head);

  /** What is signed: versioned, tenant-bound, so an anchor cannot be moved to another trail. */
  static String message(TenantId tenant, ChainLink head) {
    return "v1|" + tenant.value() + '|' + head.sequence() + '|' + head.hash();
  }

  /** Whether {@code anchor} was signed with this key for {@code tenant} (constant-time). */
  default boolean signed(TenantId tenant, AuditAnchor anchor) {
    String expected = sign(tenant, new ChainLink(anchor.sequence(), anchor.hash()));
    return anchor.mac() != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8),
            anchor.mac().getBytes(StandardCharsets.UTF_8));
  }
}
