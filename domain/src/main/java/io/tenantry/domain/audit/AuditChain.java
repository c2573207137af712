package io.tenantry.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The hash chain of an audit trail: each row's hash is SHA-256 over the previous row's hash and a
 * canonical encoding of the row, so changing or removing a row breaks every check from there on.
 */
public final class AuditChain {
  /** The previous hash of the very first row of a trail. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static String hash(String prevHash, AuditEvent event) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(canonical(prevHash, event).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * Length-prefixed fields in a fixed order ({@code -} for null), details sorted by key: no two
   * different rows encode to the same text.
   */
  static String canonical(String prevHash, AuditEvent e) {
    StringBuilder out = new StringBuilder("v1");
    field(out, prevHash);
    return out.append(canonicalAfterPrevious(e)).toString();
  }

  /**
   * The part of the canonical encoding after the previous hash: a store that reads the previous
   * hash and hashes in one statement computes SHA-256 over {@code "v1|" + length + ":" + previous +
   * this}.
   */
  public static String canonicalAfterPrevious(AuditEvent e) {
    StringBuilder out = new StringBuilder();
    field(out, e.id().toString());
    field(out, e.occurredAt().toString());
    field(out, e.type().wireName());
    field(out, e.actorId() == null ? null : e.actorId().toString());
    field(out, e.actorEmail());
    field(out, e.targetType());
    field(out, e.targetId());
    field(out, e.ip());
    field(out, e.userAgent());
    field(out, e.traceId());
    out.append('{').append(e.details().size());
    e.details().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry -> {
              field(out, entry.getKey());
              field(out, entry.getValue());
            });
    return out.append('}').toString();
  }

  private static void field(StringBuilder out, String value) {
    if (value == null) {
      out.append("|-");
    } else {
      out.append('|').append(value.length()).append(':').append(value);
    }
  }
}
