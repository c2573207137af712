package io.tenantry.rest.admin;

import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantSort;
import io.tenantry.domain.tenant.TenantStatus;
import io.tenantry.rest.shared.PageParams;
import io.tenantry.rest.shared.QueryValues;
import jakarta.ws.rs.QueryParam;

/** The filters of {@code GET /api/v1/admin/tenants}: text and status. */
public class TenantListParams {
  @QueryParam("q")
  String text;

  @QueryParam("status")
  String status;

  TenantQuery toQuery(PageParams paging) {
    return new TenantQuery(
        QueryValues.searchText(text, "q"),
        QueryValues.text(status).map(s -> QueryValues.enumValue(TenantStatus.class, s, "status")),
        paging.toPageRequest(TenantSort.class, TenantQuery.DEFAULT_SORT));
  }
}
