package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.application.session.SessionView;

/** One live session of a user as the console lists it: times in UTC, absent details empty. */
@TemplateData
public record SessionLine(String started, String lastUsed, String ip, String agent, String client) {

  static SessionLine of(SessionView view) {
    return new SessionLine(
        UserRow.time(view.createdAt()),
        UserRow.time(view.lastUsedAt()),
        view.ip().orElse(""),
        view.userAgent().orElse(""),
        view.clientId().orElse(""));
  }
}
