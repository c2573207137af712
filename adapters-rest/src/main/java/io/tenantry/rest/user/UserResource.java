package io.tenantry.rest.user;

import io.tenantry.application.invitation.InviteUserCommand;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.UserId;
import io.tenantry.rest.metrics.CountsCreatedUser;
import io.tenantry.rest.openapi.ApiDoc;
import io.tenantry.rest.shared.CallerResource;
import io.tenantry.rest.shared.PageParams;
import io.tenantry.rest.shared.Versioning;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

/** The caller's tenant's users: {@code /api/v1/users}. */
@Path("/api/v1/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "The users of the caller's tenant")
public class UserResource extends CallerResource {
  @GET
  @Path("/me")
  @Operation(operationId = "getCurrentUser", summary = "The caller")
  @APIResponse(responseCode = "200", description = "The caller")
  @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  public RestResponse<UserResponse> me() {
    return user(useCases.readUsers.me(caller.actor()));
  }

  @PATCH
  @Path("/me")
  @Operation(operationId = "updateCurrentUser", summary = "Rename the caller")
  @APIResponse(responseCode = "200", description = "The caller, renamed")
  @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public RestResponse<UserResponse> updateMe(@Valid @NotNull UserRequests.UpdateMe request) {
    return user(
        useCases.updateOwnProfile.rename(caller.actor(), new DisplayName(request.displayName())));
  }

  @DELETE
  @Path("/me")
  @Operation(
      operationId = "deleteCurrentUser",
      summary = "Delete the caller's own account, confirmed with the password")
  @APIResponse(responseCode = "204", description = "Deleted; the account's tokens stop working")
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public void deleteMe(@Valid @NotNull UserRequests.DeleteMe request) {
    useCases.deleteOwnAccount.delete(caller.actor(), request.password());
  }

  @GET
  @Operation(operationId = "listUsers", summary = "Search the tenant's users, a page at a time")
  @APIResponse(responseCode = "200", description = "A page of users")
  public UserPage search(@BeanParam UserListParams filters, @BeanParam PageParams paging) {
    return UserPage.of(
        useCases.readUsers.search(caller.actor(), filters.toQuery(paging)), UserResponse::from);
  }

  @POST
  @Operation(
      operationId = "inviteUser",
      summary = "Invite someone: a user with status invited gets a mail")
  @APIResponse(
      responseCode = "201",
      description = "The invited user",
      headers = @Header(name = ApiDoc.LOCATION, ref = ApiDoc.LOCATION),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UserResponse.class)))
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  @CountsCreatedUser
  public RestResponse<UserResponse> invite(@Valid @NotNull UserRequests.Invite request) {
    UserView invited =
        useCases.inviteUser.invite(
            caller.actor(),
            new InviteUserCommand(
                new Email(request.email()),
                new DisplayName(request.displayName()),
                UserRequests.roles(request.roles())));
    return Versioning.created(
        "/api/v1/users/" + invited.id(), UserResponse.from(invited), invited.version());
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getUser", summary = "Read a user")
  @APIResponse(responseCode = "200", description = "The user")
  public RestResponse<UserResponse> get(@PathParam("id") UUID id) {
    return user(useCases.readUsers.get(caller.actor(), new UserId(id)));
  }

  @PATCH
  @Path("/{id}")
  @Operation(operationId = "updateUser", summary = "Rename, disable or re-activate a user")
  @APIResponse(responseCode = "200", description = "The user, changed")
  public RestResponse<UserResponse> update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull UserRequests.Update request) {
    OptionalLong expected = Versioning.expected(ifMatch);
    return user(
        useCases.updateUser.update(caller.actor(), request.toCommand(new UserId(id), expected)));
  }

  @PUT
  @Path("/{id}/roles")
  @Operation(operationId = "setUserRoles", summary = "Replace a user's roles")
  @APIResponse(responseCode = "200", description = "The user with the new roles")
  public RestResponse<UserResponse> setRoles(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull UserRequests.SetRoles request) {
    return user(
        useCases.assignRoles.assign(
            caller.actor(),
            new UserId(id),
            UserRequests.roles(request.roles()),
            Versioning.expected(ifMatch)));
  }

  @POST
  @Path("/{id}/unlock")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "unlockUser", summary = "Lift a user's temporary lock")
  @APIResponse(responseCode = "204", description = "Unlocked")
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public void unlock(@PathParam("id") UUID id) {
    useCases.unlockUser.unlock(caller.actor(), new UserId(id));
  }

  @DELETE
  @Path("/{id}")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "deleteUser", summary = "Delete a user and end their sessions")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public void delete(@PathParam("id") UUID id) {
    useCases.deleteUser.delete(caller.actor(), new UserId(id));
  }

  private static RestResponse<UserResponse> user(UserView view) {
    return Versioning.ok(UserResponse.from(view), view.version());
  }
}
