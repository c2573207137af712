package io.tenantry.domain.audit;

import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One entry of a tenant's audit trail. Actor, target, client and trace fields may be null (a failed
 * login for an unknown address has no actor; a scheduled job has no client). Details never carry a
 * secret: keys naming a password, hash, token or secret are refused.
 */
public record AuditEvent(
    AuditEventId id,
    Instant occurredAt,
    AuditEventType type,
    UserId actorId,
    String actorEmail,
    String targetType,
    String targetId,
    String ip,
    String userAgent,
    String traceId,
    Map<String, String> details) {

  private static final Set<String> SECRET_WORDS = Set.of("password", "hash", "token", "secret");

  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    // The database keeps microseconds; truncating here makes the hash of a stored row the same
    // as the hash computed before it was stored.
    occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
    details = details == null ? Map.of() : Map.copyOf(new TreeMap<>(details));
    details.keySet().forEach(AuditEvent::requireNoSecret);
  }

  private static void requireNoSecret(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    if (SECRET_WORDS.stream().anyMatch(lower::contains)) {
      throw new IllegalArgumentException("audit details must not hold secrets: " + key);
    }
  }
}
