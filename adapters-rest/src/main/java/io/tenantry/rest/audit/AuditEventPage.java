package io.tenantry.rest.audit;

import io.tenantry.domain.shared.Page;
import java.util.List;
import java.util.function.Function;

/** A page of audit events as the API returns it. */
public record AuditEventPage(List<AuditEventResponse> items, int page, int size, long total) {
  public static <V> AuditEventPage of(Page<V> page, Function<V, AuditEventResponse> mapper) {
    return new AuditEventPage(
        page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
  }
}
