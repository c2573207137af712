package io.tenantry.rest.role;

import io.tenantry.application.role.RoleView;
import io.tenantry.domain.user.Role;
import io.tenantry.rest.openapi.ApiDoc;
import io.tenantry.rest.shared.CallerResource;
import io.tenantry.rest.shared.Versioning;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The permission catalogue and the caller's tenant's roles: {@code /api/v1/roles}. */
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roles", description = "Permissions, and the roles of the caller's tenant")
public class RoleResource extends CallerResource {
  @GET
  @Path("/permissions")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "listPermissions", summary = "Every permission a role can grant")
  @APIResponse(responseCode = "200", description = "The permission catalogue")
  public List<PermissionResponse> permissions() {
    return useCases.readRoles.permissions(caller.actor()).stream()
        .map(PermissionResponse::from)
        .toList();
  }

  @GET
  @Path("/roles")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "listRoles", summary = "The built-in roles, then the tenant's own")
  @APIResponse(responseCode = "200", description = "Every role of the tenant")
  public List<RoleResponse> list() {
    return useCases.readRoles.list(caller.actor()).stream().map(RoleResponse::from).toList();
  }

  @POST
  @Path("/roles")
  @Operation(operationId = "createRole", summary = "Define a role of the tenant")
  @APIResponse(
      responseCode = "201",
      description = "The new role",
      headers = @Header(name = ApiDoc.LOCATION, ref = ApiDoc.LOCATION),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RoleResponse.class)))
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public RestResponse<RoleResponse> create(@Valid @NotNull RoleRequests.Create request) {
    RoleView role =
        useCases.createRole.create(
            caller.actor(),
            RoleRequests.name(request.name()),
            request.description(),
            RoleRequests.permissions(request.permissions()));
    return Versioning.created(
        "/api/v1/roles/" + role.name(), RoleResponse.from(role), role.version());
  }

  @GET
  @Path("/roles/{name}")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "getRole", summary = "Read a role")
  @APIResponse(responseCode = "200", description = "The role")
  @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  public RestResponse<RoleResponse> get(@PathParam("name") String name) {
    return role(useCases.readRoles.get(caller.actor(), new Role(name)));
  }

  @PATCH
  @Path("/roles/{name}")
  @Operation(
      operationId = "updateRole",
      summary = "Change a tenant's role: its holders get the change on their next request")
  @APIResponse(responseCode = "200", description = "The role, changed")
  public RestResponse<RoleResponse> update(
      @PathParam("name") String name,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull RoleRequests.Update request) {
    return role(
        useCases.updateRole.update(
            caller.actor(),
            new Role(name),
            Optional.ofNullable(request.description()),
            Optional.ofNullable(request.permissions()).map(RoleRequests::permissions),
            Versioning.expected(ifMatch)));
  }

  @DELETE
  @Path("/roles/{name}")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "deleteRole", summary = "Delete a tenant's role that nobody holds")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public void delete(@PathParam("name") String name) {
    useCases.deleteRole.delete(caller.actor(), new Role(name));
  }

  private static RestResponse<RoleResponse> role(RoleView view) {
    return Versioning.ok(RoleResponse.from(view), view.version());
  }
}
