package io.tenantry.rest.audit;

import io.tenantry.domain.shared.Page;
import io.tenantry.rest.shared.ListTotals;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of audit events as the API returns it. */
public record AuditEventPage(
    List<AuditEventResponse> items,
    int page,
    int size,
    @Schema(description = ListTotals.TOTAL) long total,
    @Schema(description = ListTotals.TOTAL_EXACT) boolean totalExact) {
  public static <V> AuditEventPage of(Page<V> page, Function<V, AuditEventResponse> mapper) {
    return new AuditEventPage(
        page.items().stream().map(mapper).toList(),
        page.page(),
        page.size(),
        page.total(),
        page.totalExact());
  }
}
