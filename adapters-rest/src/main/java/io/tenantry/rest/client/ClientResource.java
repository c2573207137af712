package io.tenantry.rest.client;

import io.tenantry.application.client.RegisteredClient;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientSort;
import io.tenantry.domain.client.ClientType;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.rest.openapi.ApiDoc;
import io.tenantry.rest.shared.CallerResource;
import io.tenantry.rest.shared.NoStore;
import io.tenantry.rest.shared.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's tenant's OAuth clients: {@code /api/v1/clients} (permission clients:write). */
@Path("/api/v1/clients")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "Applications that use the tenant's OAuth 2.0 endpoints")
public class ClientResource extends CallerResource {
  @GET
  @Operation(operationId = "listClients", summary = "The tenant's clients, a page at a time")
  @APIResponse(responseCode = "200", description = "A page of clients")
  public ClientPage list(@BeanParam PageParams paging) {
    return ClientPage.of(
        useCases.readClients.list(
            caller.actor(),
            paging.toPageRequest(ClientSort.class, SortOrder.desc(ClientSort.CREATED_AT))));
  }

  @POST
  @Operation(
      operationId = "createClient",
      summary = "Register a client; a confidential or service client's secret is shown once")
  @APIResponse(
      responseCode = "201",
      description = "The client, with its secret if it has one",
      headers = @Header(name = ApiDoc.LOCATION, ref = ApiDoc.LOCATION),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientResponse.class)))
  public RestResponse<ClientResponse> create(@Valid @NotNull ClientRequests.Create request) {
    RegisteredClient created =
        useCases.registerClient.register(
            caller.actor(), ClientType.byWireName(request.type()), request.settings());
    return RestResponse.ResponseBuilder.<ClientResponse>created(
            URI.create("/api/v1/clients/" + created.client().id().value()))
        .entity(ClientResponse.from(created))
        .cacheControl(NoStore.cacheControl())
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getClient", summary = "Read a client (never its secret)")
  @APIResponse(responseCode = "200", description = "The client")
  public ClientResponse get(@PathParam("id") String id) {
    return ClientResponse.from(useCases.readClients.get(caller.actor(), clientId(id)));
  }

  @PATCH
  @Path("/{id}")
  @Operation(operationId = "updateClient", summary = "Change a client's settings")
  @APIResponse(responseCode = "200", description = "The changed client")
  public ClientResponse update(
      @PathParam("id") String id, @Valid @NotNull ClientRequests.Update request) {
    return ClientResponse.from(
        useCases.updateClient.update(caller.actor(), clientId(id), request.changes()));
  }

  @DELETE
  @Path("/{id}")
  @Operation(operationId = "deleteClient", summary = "Remove a client")
  @APIResponse(responseCode = "204", description = "The client is gone")
  public void delete(@PathParam("id") String id) {
    useCases.deleteClient.delete(caller.actor(), clientId(id));
  }

  @POST
  @Path("/{id}/secret")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "rotateClientSecret", summary = "Give a client a new secret, shown once")
  @APIResponse(
      responseCode = "200",
      description = "The client with its new secret",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientResponse.class)))
  @APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  public RestResponse<ClientResponse> rotateSecret(@PathParam("id") String id) {
    RegisteredClient rotated = useCases.rotateClientSecret.rotate(caller.actor(), clientId(id));
    return RestResponse.ResponseBuilder.ok(ClientResponse.from(rotated))
        .cacheControl(NoStore.cacheControl())
        .build();
  }

  /** A malformed id names no client: the same 404 as an unknown one. */
  private static ClientId clientId(String raw) {
    return ClientId.parse(raw)
        .orElseThrow(() -> new NotFoundException("client_not_found", "no such client"));
  }
}
