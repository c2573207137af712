package io.tenantry.rest.webhook;

import io.tenantry.domain.webhook.WebhookId;
import io.tenantry.rest.openapi.ApiDoc;
import io.tenantry.rest.shared.CallerResource;
import io.tenantry.rest.shared.NoStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The tenant's webhook endpoints and their delivery logs: {@code /api/v1/webhooks}. */
@Path("/api/v1/webhooks")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed event notifications (Standard Webhooks)")
@APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
public class WebhookResource extends CallerResource {
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createWebhook",
      summary = "Add an endpoint; its signing secret is in this answer only")
  @APIResponse(responseCode = "201", description = "The endpoint with its secret")
  public RestResponse<WebhookSecretResponse> create(
      @Valid @NotNull WebhookRequests.Create request) {
    return NoStore.shownOnce(
        RestResponse.Status.CREATED,
        WebhookSecretResponse.from(useCases.webhooks.create(caller.actor(), request.toCommand())));
  }

  @GET
  @Operation(operationId = "listWebhooks", summary = "The tenant's endpoints")
  @APIResponse(responseCode = "200", description = "The endpoints, without secrets")
  public List<WebhookResponse> list() {
    return useCases.webhooks.list(caller.actor()).stream().map(WebhookResponse::from).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getWebhook", summary = "Read an endpoint")
  @APIResponse(responseCode = "200", description = "The endpoint")
  public WebhookResponse get(@PathParam("id") UUID id) {
    return WebhookResponse.from(useCases.webhooks.get(caller.actor(), new WebhookId(id)));
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "updateWebhook", summary = "Change an endpoint's URL, events or switch")
  @APIResponse(responseCode = "200", description = "The endpoint")
  public WebhookResponse update(
      @PathParam("id") UUID id, @Valid @NotNull WebhookRequests.Update request) {
    return WebhookResponse.from(
        useCases.webhooks.change(caller.actor(), new WebhookId(id), request.toCommand()));
  }

  @DELETE
  @Path("/{id}")
  @Operation(operationId = "deleteWebhook", summary = "Remove an endpoint and its delivery log")
  @APIResponse(responseCode = "204", description = "Removed")
  public void delete(@PathParam("id") UUID id) {
    useCases.webhooks.delete(caller.actor(), new WebhookId(id));
  }

  @POST
  @Path("/{id}/secret")
  @Operation(
      operationId = "rotateWebhookSecret",
      summary = "New signing secret; the old one keeps signing beside it for 24 hours")
  @APIResponse(responseCode = "200", description = "The endpoint with its new secret")
  public RestResponse<WebhookSecretResponse> rotate(@PathParam("id") UUID id) {
    return NoStore.shownOnce(
        RestResponse.Status.OK,
        WebhookSecretResponse.from(
            useCases.webhooks.rotateSecret(caller.actor(), new WebhookId(id))));
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's newest deliveries")
  @APIResponse(responseCode = "200", description = "Deliveries, newest first (at most 100)")
  public List<DeliveryResponse> deliveries(@PathParam("id") UUID id) {
    return useCases.webhooks.deliveries(caller.actor(), new WebhookId(id)).stream()
        .map(DeliveryResponse::from)
        .toList();
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/redeliver")
  @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again, same webhook-id")
  @APIResponse(responseCode = "202", description = "Queued")
  public RestResponse<Void> redeliver(
      @PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
    useCases.webhooks.redeliver(caller.actor(), new WebhookId(id), deliveryId);
    return RestResponse.accepted();
  }

  @POST
  @Path("/{id}/test")
  @Operation(
      operationId = "testWebhook",
      summary = "Queue a webhook.test message for this endpoint")
  @APIResponse(responseCode = "202", description = "Queued; the body names the delivery")
  public RestResponse<Map<String, UUID>> test(@PathParam("id") UUID id) {
    UUID delivery = useCases.webhooks.sendTest(caller.actor(), new WebhookId(id));
    return RestResponse.ResponseBuilder.create(
            RestResponse.Status.ACCEPTED, Map.of("delivery_id", delivery))
        .build();
  }
}
