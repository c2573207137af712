package io.tenantry.rest.audit;

import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.rest.shared.CallerResource;
import io.tenantry.rest.shared.PageParams;
import io.tenantry.rest.shared.QueryValues;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Any tenant's audit trail for platform admins: {@code /api/v1/admin/audit-events?tenant=<slug>}.
 * The tenant is required: each trail lives in its tenant's schema and is chained on its own.
 */
@Path("/api/v1/admin/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminAuditEventResource extends CallerResource {
  @GET
  @Operation(operationId = "listTenantAuditEvents", summary = "Search any tenant's audit trail")
  @APIResponse(responseCode = "200", description = "A page of the tenant's audit events")
  public AuditEventPage search(
      @QueryParam("tenant") String tenant,
      @BeanParam AuditFilterParams filters,
      @BeanParam PageParams paging) {
    return AuditEventPage.of(
        useCases.auditTrail.searchTenant(
            caller.platformAdmin(), slug(tenant), filters.toQuery(paging)),
        AuditEventResponse::from);
  }

  @GET
  @Path("/verification")
  @Operation(
      operationId = "verifyTenantAuditChain",
      summary = "Check the hash chain of any tenant's trail")
  @APIResponse(responseCode = "200", description = "Whether the chain is intact")
  public ChainVerificationResponse verify(@QueryParam("tenant") String tenant) {
    return ChainVerificationResponse.from(
        useCases.auditTrail.verifyTenant(caller.platformAdmin(), slug(tenant)));
  }

  /** The required {@code tenant} parameter. */
  private static TenantSlug slug(String tenant) {
    return QueryValues.text(tenant)
        .map(TenantSlug::new)
        .orElseThrow(() -> new RuleViolationException("tenant", "must not be blank"));
  }
}
