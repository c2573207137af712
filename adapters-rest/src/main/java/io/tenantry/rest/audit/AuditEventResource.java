package io.tenantry.rest.audit;

import io.tenantry.rest.shared.CallerResource;
import io.tenantry.rest.shared.PageParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's tenant's audit trail: {@code /api/v1/audit-events}. */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The audit trail of the caller's tenant")
public class AuditEventResource extends CallerResource {
  @GET
  @Operation(operationId = "listAuditEvents", summary = "Search the audit trail, newest first")
  @APIResponse(responseCode = "200", description = "A page of audit events")
  public AuditEventPage search(@BeanParam AuditFilterParams filters, @BeanParam PageParams paging) {
    return AuditEventPage.of(
        useCases.auditTrail.search(caller.actor(), filters.toQuery(paging)),
        AuditEventResponse::from);
  }

  @GET
  @Path("/verification")
  @Operation(operationId = "verifyAuditChain", summary = "Check the hash chain of the audit trail")
  @APIResponse(responseCode = "200", description = "Whether the chain is intact")
  public ChainVerificationResponse verify() {
    return ChainVerificationResponse.from(useCases.auditTrail.verify(caller.actor()));
  }
}
