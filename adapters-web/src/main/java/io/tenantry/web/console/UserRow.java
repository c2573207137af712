package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.application.user.UserView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A user as the console shows one: times in UTC, roles joined, absent values as empty text. */
@TemplateData
public record UserRow(
    String id,
    String email,
    String displayName,
    String status,
    String roles,
    boolean locked,
    boolean mfa,
    String lastLogin,
    String created) {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  static UserRow of(UserView user, Instant now) {
    return new UserRow(
        user.id().toString(),
        user.email(),
        user.displayName(),
        user.status(),
        String.join(", ", user.roles()),
        user.lockedUntil() != null && user.lockedUntil().isAfter(now),
        user.mfaEnabled(),
        time(user.lastLoginAt()),
        time(user.createdAt()));
  }

  static String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }
}
