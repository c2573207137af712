package io.tenantry.persistence.cache;

import io.tenantry.application.access.CacheInvalidation;
import io.tenantry.application.access.CacheInvalidation.Kind;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The text of a notification: {@code origin kind:tenant[:subject]}, e.g. {@code 3f2a… user:<uuid>:
 * <uuid>}, where {@code origin} names the sending replica (which has applied it already); ids only,
 * well under PostgreSQL's 8,000-byte payload limit.
 */
final class InvalidationPayload {
  private InvalidationPayload() {}

  static String encode(String origin, CacheInvalidation invalidation) {
    String text =
        origin
            + ' '
            + invalidation.kind().name().toLowerCase(Locale.ROOT)
            + ':'
            + invalidation.tenant();
    return invalidation.subject() == null ? text : text + ':' + invalidation.subject();
  }

  /**
   * The invalidation another replica sent; empty for this replica's own and for a payload this
   * version does not understand.
   */
  static Optional<CacheInvalidation> decode(String payload, String ownOrigin) {
    try {
      int space = payload.indexOf(' ');
      if (space < 0 || payload.substring(0, space).equals(ownOrigin)) {
        return Optional.empty();
      }
      String[] parts = payload.substring(space + 1).split(":");
      if (parts.length < 2 || parts.length > 3) {
        return Optional.empty();
      }
      Kind kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
      UUID subject = parts.length == 3 ? UUID.fromString(parts[2]) : null;
      return Optional.of(new CacheInvalidation(kind, UUID.fromString(parts[1]), subject));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
