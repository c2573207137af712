package io.tenantry.rest.audit;

import io.tenantry.application.audit.AuditService;
import io.tenantry.rest.shared.CallerAuthentication;
import io.tenantry.rest.shared.PageResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Any tenant's audit trail for platform admins: {@code /api/v1/admin/audit-events?tenant=<slug>}.
 * The tenant is required: each trail lives in its tenant's schema and is chained on its own.
 */
@Path("/api/v1/admin/audit-events")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuditEventResource {
  @Inject AuditService audit;
  @Inject CallerAuthentication caller;

  @GET
  public PageResponse<AuditEventResponse> search(
      @QueryParam("tenant") String tenant, @BeanParam AuditFilterParams filters) {
    return PageResponse.of(
        audit.searchTenant(caller.actor(), tenant, filters.toQuery()), AuditEventResponse::from);
  }

  @GET
  @Path("/verification")
  public ChainVerificationResponse verify(@QueryParam("tenant") String tenant) {
    return ChainVerificationResponse.from(audit.verifyTenant(caller.actor(), tenant));
  }
}
