package io.tenantry.rest.audit;

import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditQuery;
import io.tenantry.domain.audit.AuditSort;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.UserId;
import io.tenantry.rest.shared.PageParams;
import io.tenantry.rest.shared.QueryValues;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The filters shared by the tenant and the admin audit lists: type, actor and time window. */
public class AuditFilterParams {
  @QueryParam("type")
  String type;

  @QueryParam("actor_id")
  String actorId;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  AuditQuery toQuery(PageParams paging) {
    return new AuditQuery(
        QueryValues.text(type).map(AuditFilterParams::type),
        QueryValues.text(actorId)
            .map(raw -> QueryValues.parse(raw, UUID::fromString, "actor_id", "must be a UUID"))
            .map(UserId::new),
        instant(from, "from"),
        instant(to, "to"),
        paging.toPageRequest(AuditSort.class, AuditQuery.DEFAULT_SORT));
  }

  private static Optional<Instant> instant(String raw, String field) {
    return QueryValues.text(raw)
        .map(
            value ->
                QueryValues.parse(
                    value, Instant::parse, field, "must be an RFC 3339 timestamp in UTC"));
  }

  private static AuditEventType type(String raw) {
    return AuditEventType.byWireName(raw)
        .orElseThrow(
            () ->
                new RuleViolationException(
                    "type",
                    "must be one of: "
                        + Arrays.stream(AuditEventType.values())
                            .map(AuditEventType::wireName)
                            .collect(Collectors.joining(", "))));
  }
}
