package io.tenantry.web;

import io.quarkus.qute.TemplateData;
import io.tenantry.application.session.SessionView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One session as the account page lists it: times in UTC, absent details as empty text. */
@TemplateData
public record SessionRow(
    String id,
    String started,
    String lastUsed,
    String ip,
    String agent,
    String client,
    boolean current) {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  static SessionRow of(SessionView view) {
    return new SessionRow(
        view.id().toString(),
        format(view.createdAt()),
        format(view.lastUsedAt()),
        view.ip().orElse(""),
        view.userAgent().orElse(""),
        view.clientId().orElse(""),
        view.current());
  }

  private static String format(Instant at) {
    return at == null ? "" : TIME.format(at);
  }
}
