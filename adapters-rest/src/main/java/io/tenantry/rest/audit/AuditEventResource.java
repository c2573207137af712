package io.tenantry.rest.audit;

import io.tenantry.application.UseCases;
import io.tenantry.rest.shared.CallerAuthentication;
import io.tenantry.rest.shared.PageParams;
import io.tenantry.rest.shared.PageResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's tenant's audit trail: {@code /api/v1/audit-events}. */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {
  @Inject UseCases useCases;
  @Inject CallerAuthentication caller;

  @GET
  public PageResponse<AuditEventResponse> search(
      @BeanParam AuditFilterParams filters, @BeanParam PageParams paging) {
    return PageResponse.of(
        useCases.auditTrail.search(caller.actor(), filters.toQuery(paging)),
        AuditEventResponse::from);
  }

  @GET
  @Path("/verification")
  public ChainVerificationResponse verify() {
    return ChainVerificationResponse.from(useCases.auditTrail.verify(caller.actor()));
  }
}
