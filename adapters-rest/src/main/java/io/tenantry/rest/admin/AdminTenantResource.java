package io.tenantry.rest.admin;

import io.tenantry.application.tenant.TenantView;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.rest.metrics.CountsCreatedUser;
import io.tenantry.rest.openapi.ApiDoc;
import io.tenantry.rest.shared.CallerResource;
import io.tenantry.rest.shared.PageParams;
import io.tenantry.rest.shared.Versioning;
import io.tenantry.rest.tenant.TenantPage;
import io.tenantry.rest.tenant.TenantRequests;
import io.tenantry.rest.tenant.TenantResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Platform administration of tenants: {@code /api/v1/admin/tenants}. */
@Path("/api/v1/admin/tenants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Platform administration (role platform_admin in tenant system)")
public class AdminTenantResource extends CallerResource {
  @POST
  @Operation(operationId = "createTenant", summary = "Create a tenant with its first owner")
  @APIResponse(
      responseCode = "201",
      description = "The new tenant",
      headers = @Header(name = ApiDoc.LOCATION, ref = ApiDoc.LOCATION),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TenantResponse.class)))
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  @CountsCreatedUser
  public RestResponse<TenantResponse> create(@Valid @NotNull TenantRequests.Create request) {
    TenantView created = useCases.createTenant.create(caller.platformAdmin(), request.toCommand());
    return Versioning.created(
        "/api/v1/admin/tenants/" + created.id(), TenantResponse.from(created), created.version());
  }

  @GET
  @Operation(operationId = "listTenants", summary = "Search the tenants, a page at a time")
  @APIResponse(responseCode = "200", description = "A page of tenants")
  public TenantPage list(@BeanParam TenantListParams filters, @BeanParam PageParams paging) {
    return TenantPage.of(
        useCases.readTenants.list(caller.platformAdmin(), filters.toQuery(paging)),
        TenantResponse::from);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getTenant", summary = "Read a tenant, with its user count")
  @APIResponse(responseCode = "200", description = "The tenant")
  public RestResponse<TenantResponse> get(@PathParam("id") UUID id) {
    return tenant(useCases.readTenants.get(caller.platformAdmin(), new TenantId(id)));
  }

  @PATCH
  @Path("/{id}")
  @Operation(operationId = "updateTenant", summary = "Rename, suspend or re-activate a tenant")
  @APIResponse(responseCode = "200", description = "The tenant, changed")
  public RestResponse<TenantResponse> update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull TenantRequests.AdminUpdate request) {
    OptionalLong expected = Versioning.expected(ifMatch);
    return tenant(
        useCases.updateTenant.update(
            caller.platformAdmin(), new TenantId(id), request.toCommand(expected)));
  }

  @DELETE
  @Path("/{id}")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "deleteTenant", summary = "Delete a tenant and all its data")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public void delete(@PathParam("id") UUID id) {
    useCases.deleteTenant.delete(caller.platformAdmin(), new TenantId(id));
  }

  private static RestResponse<TenantResponse> tenant(TenantView view) {
    return Versioning.ok(TenantResponse.from(view), view.version());
  }
}
