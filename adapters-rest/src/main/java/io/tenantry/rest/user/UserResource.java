package io.tenantry.rest.user;

import io.tenantry.application.user.InviteUserCommand;
import io.tenantry.application.user.SearchUsersQuery;
import io.tenantry.application.user.UpdateUserCommand;
import io.tenantry.application.user.UserService;
import io.tenantry.application.user.UserView;
import io.tenantry.rest.metrics.CountsCreatedUser;
import io.tenantry.rest.openapi.ApiDoc;
import io.tenantry.rest.shared.CallerAuthentication;
import io.tenantry.rest.shared.QueryParams;
import io.tenantry.rest.shared.Versioning;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's tenant's users: {@code /api/v1/users}. */
@Path("/api/v1/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "The users of the caller's tenant")
@SecurityRequirement(name = ApiDoc.BEARER)
@APIResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
@APIResponse(responseCode = "503", ref = ApiDoc.SERVICE_UNAVAILABLE)
public class UserResource {
  @Inject UserService users;
  @Inject CallerAuthentication caller;

  @GET
  @Path("/me")
  @Operation(operationId = "getCurrentUser", summary = "The caller")
  @APIResponse(
      responseCode = "200",
      description = "The caller",
      headers = @Header(name = ApiDoc.ETAG, ref = ApiDoc.ETAG))
  @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  public RestResponse<UserResponse> me() {
    return user(users.me(caller.actor()));
  }

  @PATCH
  @Path("/me")
  @Operation(operationId = "updateCurrentUser", summary = "Rename the caller")
  @APIResponse(
      responseCode = "200",
      description = "The caller, renamed",
      headers = @Header(name = ApiDoc.ETAG, ref = ApiDoc.ETAG))
  @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
  public RestResponse<UserResponse> updateMe(@Valid @NotNull UserRequests.UpdateMe request) {
    return user(users.renameMe(caller.actor(), request.displayName()));
  }

  @GET
  @Operation(operationId = "listUsers", summary = "Search the tenant's users, a page at a time")
  @APIResponse(responseCode = "200", description = "A page of users")
  @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  public UserPage search(
      @QueryParam("q") String text,
      @QueryParam("status") String status,
      @QueryParam("role") String role,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    SearchUsersQuery query =
        new SearchUsersQuery(
            text,
            status,
            role,
            QueryParams.integer(page, "page"),
            QueryParams.integer(size, "size"),
            sort);
    return UserPage.of(users.search(caller.actor(), query), UserResponse::from);
  }

  @POST
  @Operation(
      operationId = "inviteUser",
      summary = "Invite someone: a user with status invited gets a mail")
  @APIResponse(
      responseCode = "201",
      description = "The invited user",
      headers = {
        @Header(name = ApiDoc.LOCATION, ref = ApiDoc.LOCATION),
        @Header(name = ApiDoc.ETAG, ref = ApiDoc.ETAG)
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UserResponse.class)))
  @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
  @CountsCreatedUser
  public RestResponse<UserResponse> invite(@Valid @NotNull UserRequests.Invite request) {
    UserView invited =
        users.invite(
            caller.actor(),
            new InviteUserCommand(request.email(), request.displayName(), request.roles()));
    return Versioning.created(
        "/api/v1/users/" + invited.id(), UserResponse.from(invited), invited.version());
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getUser", summary = "Read a user")
  @APIResponse(
      responseCode = "200",
      description = "The user",
      headers = @Header(name = ApiDoc.ETAG, ref = ApiDoc.ETAG))
  @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  public RestResponse<UserResponse> get(@PathParam("id") UUID id) {
    return user(users.get(caller.actor(), id));
  }

  @PATCH
  @Path("/{id}")
  @Operation(operationId = "updateUser", summary = "Rename, disable or re-activate a user")
  @APIResponse(
      responseCode = "200",
      description = "The user, changed",
      headers = @Header(name = ApiDoc.ETAG, ref = ApiDoc.ETAG))
  @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  @APIResponse(responseCode = "412", ref = ApiDoc.PRECONDITION_FAILED)
  @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
  public RestResponse<UserResponse> update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull UserRequests.Update request) {
    UpdateUserCommand command =
        new UpdateUserCommand(
            Optional.ofNullable(request.displayName()),
            Optional.ofNullable(request.status()),
            Versioning.expected(ifMatch));
    return user(users.update(caller.actor(), id, command));
  }

  @PUT
  @Path("/{id}/roles")
  @Operation(operationId = "setUserRoles", summary = "Replace a user's roles")
  @APIResponse(
      responseCode = "200",
      description = "The user with the new roles",
      headers = @Header(name = ApiDoc.ETAG, ref = ApiDoc.ETAG))
  @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  @APIResponse(responseCode = "412", ref = ApiDoc.PRECONDITION_FAILED)
  @APIResponse(responseCode = "413", ref = ApiDoc.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDoc.UNSUPPORTED_MEDIA_TYPE)
  public RestResponse<UserResponse> setRoles(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull UserRequests.SetRoles request) {
    return user(users.setRoles(caller.actor(), id, request.roles(), Versioning.expected(ifMatch)));
  }

  @POST
  @Path("/{id}/unlock")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "unlockUser", summary = "Lift a user's temporary lock")
  @APIResponse(responseCode = "204", description = "Unlocked")
  @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public void unlock(@PathParam("id") UUID id) {
    users.unlock(caller.actor(), id);
  }

  @DELETE
  @Path("/{id}")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "deleteUser", summary = "Delete a user and end their sessions")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public void delete(@PathParam("id") UUID id) {
    users.delete(caller.actor(), id);
  }

  private static RestResponse<UserResponse> user(UserView view) {
    return Versioning.ok(UserResponse.from(view), view.version());
  }
}
