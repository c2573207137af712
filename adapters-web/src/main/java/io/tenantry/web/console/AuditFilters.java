package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditQuery;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.user.UserId;
import io.tenantry.web.FormErrors;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The audit timeline's filters as typed: type, actor id, first and last day (UTC), page. */
@TemplateData
public record AuditFilters(String type, String actor, String from, String to, int page) {
  public static final int SIZE = 50;

  static AuditFilters of(String type, String actor, String from, String to, String page) {
    return new AuditFilters(
        ConsoleInput.orEmpty(type).strip(),
        ConsoleInput.orEmpty(actor).strip(),
        ConsoleInput.orEmpty(from).strip(),
        ConsoleInput.orEmpty(to).strip(),
        ConsoleInput.page(page));
  }

  /** The query, or empty with what is wrong flagged beside the fields in {@code errors}. */
  Optional<AuditQuery> toQuery(FormErrors errors) {
    Optional<AuditEventType> kind = AuditEventType.byWireName(type);
    if (!type.isEmpty() && kind.isEmpty()) {
      errors.flag("type", "Choose a type from the list.");
    }
    Optional<UserId> who = ConsoleInput.uuid(actor).map(UserId::new);
    if (!actor.isEmpty() && who.isEmpty()) {
      errors.flag("actor", "Enter the id of a user (a UUID).");
    }
    Optional<Instant> start = day(from, "from", errors).map(d -> startOf(d));
    Optional<Instant> end = day(to, "to", errors).map(d -> startOf(d.plusDays(1)));
    if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
      errors.flag("to", "The last day must not be before the first.");
    }
    return errors.any()
        ? Optional.empty()
        : Optional.of(
            new AuditQuery(
                kind, who, start, end, new PageRequest<>(page, SIZE, AuditQuery.DEFAULT_SORT)));
  }

  public List<Option> typeOptions() {
    return Arrays.stream(AuditEventType.values())
        .map(t -> new Option(t.wireName(), t.wireName(), t.wireName().equals(type)))
        .toList();
  }

  /** The timeline's link with these filters and page {@code number}. */
  public String pageUrl(int number) {
    return "/console/audit?type="
        + encode(type)
        + "&actor="
        + encode(actor)
        + "&from="
        + encode(from)
        + "&to="
        + encode(to)
        + "&page="
        + number;
  }

  private static Optional<LocalDate> day(String raw, String field, FormErrors errors) {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(raw));
    } catch (DateTimeParseException notADay) {
      errors.flag(field, "Enter a day as YYYY-MM-DD.");
      return Optional.empty();
    }
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
