package io.tenantry.rest.admin;

import io.tenantry.application.tenant.AdminService;
import io.tenantry.application.tenant.CreateTenantCommand;
import io.tenantry.application.tenant.SearchTenantsQuery;
import io.tenantry.application.tenant.TenantView;
import io.tenantry.application.tenant.UpdateTenantCommand;
import io.tenantry.rest.metrics.CountsCreatedUser;
import io.tenantry.rest.shared.CallerAuthentication;
import io.tenantry.rest.shared.PageResponse;
import io.tenantry.rest.shared.QueryParams;
import io.tenantry.rest.shared.Versioning;
import io.tenantry.rest.tenant.TenantRequests;
import io.tenantry.rest.tenant.TenantResponse;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/** Platform administration of tenants: {@code /api/v1/admin/tenants}. */
@Path("/api/v1/admin/tenants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminTenantResource {
  @Inject AdminService admin;
  @Inject CallerAuthentication caller;

  @POST
  @CountsCreatedUser
  public Response create(@Valid @NotNull TenantRequests.Create request) {
    TenantRequests.Owner owner = request.owner();
    TenantView created =
        admin.createTenant(
            caller.actor(),
            new CreateTenantCommand(
                request.slug(),
                request.name(),
                owner.email(),
                owner.displayName(),
                owner.password()));
    return Response.created(URI.create("/api/v1/admin/tenants/" + created.id()))
        .entity(TenantResponse.from(created))
        .tag(new EntityTag(Long.toString(created.version())))
        .build();
  }

  @GET
  public PageResponse<TenantResponse> list(
      @QueryParam("q") String text,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    SearchTenantsQuery query =
        new SearchTenantsQuery(
            text,
            status,
            QueryParams.integer(page, "page"),
            QueryParams.integer(size, "size"),
            sort);
    return PageResponse.of(admin.listTenants(caller.actor(), query), TenantResponse::from);
  }

  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") UUID id) {
    TenantView view = admin.getTenant(caller.actor(), id);
    return Versioning.ok(TenantResponse.from(view), view.version());
  }

  @PATCH
  @Path("/{id}")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull TenantRequests.AdminUpdate request) {
    UpdateTenantCommand command =
        new UpdateTenantCommand(
            Optional.ofNullable(request.name()),
            Optional.empty(),
            Optional.ofNullable(request.status()),
            Versioning.expected(ifMatch));
    TenantView view = admin.updateTenant(caller.actor(), id, command);
    return Versioning.ok(TenantResponse.from(view), view.version());
  }

  @DELETE
  @Path("/{id}")
  @Consumes(MediaType.WILDCARD)
  public Response delete(@PathParam("id") UUID id) {
    admin.deleteTenant(caller.actor(), id);
    return Response.noContent().build();
  }
}
