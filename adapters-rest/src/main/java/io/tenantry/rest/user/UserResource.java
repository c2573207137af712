package io.tenantry.rest.user;

import io.tenantry.application.UseCases;
import io.tenantry.application.invitation.InviteUserCommand;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.user.UpdateUserCommand;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserStatus;
import io.tenantry.rest.shared.CallerAuthentication;
import io.tenantry.rest.shared.PageParams;
import io.tenantry.rest.shared.PageResponse;
import io.tenantry.rest.shared.QueryValues;
import io.tenantry.rest.shared.Versioning;
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
import jakarta.ws.rs.PUT;
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

/** The caller's tenant's users: {@code /api/v1/users}. */
@Path("/api/v1/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {
  @Inject UseCases useCases;
  @Inject CallerAuthentication caller;

  @GET
  @Path("/me")
  public Response me() {
    return user(useCases.readUsers.me(caller.actor()));
  }

  @PATCH
  @Path("/me")
  public Response updateMe(@Valid @NotNull UserRequests.UpdateMe request) {
    return user(
        useCases.updateOwnProfile.rename(caller.actor(), new DisplayName(request.displayName())));
  }

  @GET
  public PageResponse<UserResponse> search(
      @BeanParam UserListParams filters, @BeanParam PageParams paging) {
    return PageResponse.of(
        useCases.readUsers.search(caller.actor(), filters.toQuery(paging)), UserResponse::from);
  }

  @POST
  public Response invite(@Valid @NotNull UserRequests.Invite request) {
    UserView invited =
        useCases.inviteUser.invite(
            caller.actor(),
            new InviteUserCommand(
                new Email(request.email()),
                new DisplayName(request.displayName()),
                UserRequests.roles(request.roles())));
    return Response.created(URI.create("/api/v1/users/" + invited.id()))
        .entity(UserResponse.from(invited))
        .tag(new EntityTag(Long.toString(invited.version())))
        .build();
  }

  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") UUID id) {
    return user(useCases.readUsers.get(caller.actor(), new UserId(id)));
  }

  @PATCH
  @Path("/{id}")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull UserRequests.Update request) {
    OptionalLong expected = Versioning.expected(ifMatch);
    Actor actor = caller.actor();
    UpdateUserCommand command =
        new UpdateUserCommand(
            new UserId(id),
            Optional.ofNullable(request.displayName()).map(DisplayName::new),
            Optional.ofNullable(request.status())
                .map(status -> QueryValues.enumValue(UserStatus.class, status, "status")),
            expected);
    return user(useCases.updateUser.update(actor, command));
  }

  @PUT
  @Path("/{id}/roles")
  public Response setRoles(
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
  public Response unlock(@PathParam("id") UUID id) {
    useCases.unlockUser.unlock(caller.actor(), new UserId(id));
    return Response.noContent().build();
  }

  @DELETE
  @Path("/{id}")
  @Consumes(MediaType.WILDCARD)
  public Response delete(@PathParam("id") UUID id) {
    useCases.deleteUser.delete(caller.actor(), new UserId(id));
    return Response.noContent().build();
  }

  private static Response user(UserView view) {
    return Versioning.ok(UserResponse.from(view), view.version());
  }
}
