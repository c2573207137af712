package io.tenantry.rest.admin;

import io.tenantry.application.UseCases;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.tenant.TenantView;
import io.tenantry.application.tenant.UpdateTenantCommand;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantStatus;
import io.tenantry.rest.shared.CallerAuthentication;
import io.tenantry.rest.shared.PageParams;
import io.tenantry.rest.shared.PageResponse;
import io.tenantry.rest.shared.QueryValues;
import io.tenantry.rest.shared.Versioning;
import io.tenantry.rest.tenant.TenantRequests;
import io.tenantry.rest.tenant.TenantResponse;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Platform administration of tenants: {@code /api/v1/admin/tenants}. */
@Path("/api/v1/admin/tenants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminTenantResource {
  @Inject UseCases useCases;
  @Inject CallerAuthentication caller;

  @POST
  public Response create(@Valid @NotNull TenantRequests.Create request) {
    TenantRequests.Owner owner = request.owner();
    TenantView created =
        useCases.createTenant.create(
            caller.platformAdmin(),
            TenantRequests.createCommand(
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
      @BeanParam TenantListParams filters, @BeanParam PageParams paging) {
    return PageResponse.of(
        useCases.readTenants.list(caller.platformAdmin(), filters.toQuery(paging)),
        TenantResponse::from);
  }

  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") UUID id) {
    TenantView view = useCases.readTenants.get(caller.platformAdmin(), new TenantId(id));
    return Versioning.ok(TenantResponse.from(view), view.version());
  }

  @PATCH
  @Path("/{id}")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull TenantRequests.AdminUpdate request) {
    OptionalLong expected = Versioning.expected(ifMatch);
    Actor actor = caller.platformAdmin();
    UpdateTenantCommand command =
        new UpdateTenantCommand(
            Optional.ofNullable(request.name()).map(TenantName::new),
            Optional.empty(),
            Optional.ofNullable(request.status())
                .map(status -> QueryValues.enumValue(TenantStatus.class, status, "status")),
            expected);
    TenantView view = useCases.updateTenant.update(actor, new TenantId(id), command);
    return Versioning.ok(TenantResponse.from(view), view.version());
  }

  @DELETE
  @Path("/{id}")
  @Consumes(MediaType.WILDCARD)
  public Response delete(@PathParam("id") UUID id) {
    useCases.deleteTenant.delete(caller.platformAdmin(), new TenantId(id));
    return Response.noContent().build();
  }
}
