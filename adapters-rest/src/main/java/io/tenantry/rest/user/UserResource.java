package io.tenantry.rest.user;

import io.tenantry.application.user.InviteUserCommand;
import io.tenantry.application.user.SearchUsersQuery;
import io.tenantry.application.user.UpdateUserCommand;
import io.tenantry.application.user.UserService;
import io.tenantry.application.user.UserView;
import io.tenantry.rest.metrics.CountsCreatedUser;
import io.tenantry.rest.shared.CallerAuthentication;
import io.tenantry.rest.shared.PageResponse;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/** The caller's tenant's users: {@code /api/v1/users}. */
@Path("/api/v1/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {
  @Inject UserService users;
  @Inject CallerAuthentication caller;

  @GET
  @Path("/me")
  public Response me() {
    return user(users.me(caller.actor()));
  }

  @PATCH
  @Path("/me")
  public Response updateMe(@Valid @NotNull UserRequests.UpdateMe request) {
    return user(users.renameMe(caller.actor(), request.displayName()));
  }

  @GET
  public PageResponse<UserResponse> search(
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
    return PageResponse.of(users.search(caller.actor(), query), UserResponse::from);
  }

  @POST
  @CountsCreatedUser
  public Response invite(@Valid @NotNull UserRequests.Invite request) {
    UserView invited =
        users.invite(
            caller.actor(),
            new InviteUserCommand(request.email(), request.displayName(), request.roles()));
    return Response.created(URI.create("/api/v1/users/" + invited.id()))
        .entity(UserResponse.from(invited))
        .tag(new EntityTag(Long.toString(invited.version())))
        .build();
  }

  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") UUID id) {
    return user(users.get(caller.actor(), id));
  }

  @PATCH
  @Path("/{id}")
  public Response update(
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
  public Response setRoles(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull UserRequests.SetRoles request) {
    return user(users.setRoles(caller.actor(), id, request.roles(), Versioning.expected(ifMatch)));
  }

  @POST
  @Path("/{id}/unlock")
  @Consumes(MediaType.WILDCARD)
  public Response unlock(@PathParam("id") UUID id) {
    users.unlock(caller.actor(), id);
    return Response.noContent().build();
  }

  @DELETE
  @Path("/{id}")
  @Consumes(MediaType.WILDCARD)
  public Response delete(@PathParam("id") UUID id) {
    users.delete(caller.actor(), id);
    return Response.noContent().build();
  }

  private static Response user(UserView view) {
    return Versioning.ok(UserResponse.from(view), view.version());
  }
}
