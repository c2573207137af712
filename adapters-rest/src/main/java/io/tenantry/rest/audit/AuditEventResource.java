package io.tenantry.rest.audit;

import io.tenantry.application.audit.AuditService;
import io.tenantry.rest.shared.CallerAuthentication;
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
  @Inject AuditService audit;
  @Inject CallerAuthentication caller;

  @GET
  public PageResponse<AuditEventResponse> search(@BeanParam AuditFilterParams filters) {
    return PageResponse.of(
        audit.search(caller.actor(), filters.toQuery()), AuditEventResponse::from);
  }

  @GET
  @Path("/verification")
  public ChainVerificationResponse verify() {
    return ChainVerificationResponse.from(audit.verify(caller.actor()));
  }
}
