package io.tenantry.rest.audit;

import io.tenantry.application.audit.SearchAuditQuery;
import io.tenantry.rest.shared.QueryParams;
import jakarta.ws.rs.QueryParam;

/** The filter and paging parameters shared by the tenant and the admin audit lists. */
public class AuditFilterParams {
  @QueryParam("type")
  String type;

  @QueryParam("actor_id")
  String actorId;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("page")
  String page;

  @QueryParam("size")
  String size;

  @QueryParam("sort")
  String sort;

  SearchAuditQuery toQuery() {
    return new SearchAuditQuery(
        type,
        actorId,
        from,
        to,
        QueryParams.integer(page, "page"),
        QueryParams.integer(size, "size"),
        sort);
  }
}
