package io.tenantry.rest.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenantry.application.webhook.WebhookMessage;
import io.tenantry.application.webhook.WebhookPayloads;
import io.tenantry.rest.tenant.TenantResponse;
import io.tenantry.rest.user.UserResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes webhook bodies with the API's own JSON settings and resource shapes: {@code data} is the
 * event's target as the API shows it (a user, a tenant), or its id when it is gone, plus {@code
 * actor_id}. Nothing else goes in, so no secret or hash can.
 */
@ApplicationScoped
public class JsonWebhookPayloads implements WebhookPayloads {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  @Inject ObjectMapper json;

  @Override
  public String render(WebhookMessage message) {
    Map<String, Object> data = new LinkedHashMap<>();
    if (message.user().isPresent()) {
      data.putAll(json.convertValue(UserResponse.from(message.user().get()), MAP));
    } else if (message.tenantTarget().isPresent()) {
      data.putAll(json.convertValue(TenantResponse.from(message.tenantTarget().get()), MAP));
    } else {
      message.targetId().ifPresent(id -> data.put("id", id));
    }
    data.put("actor_id", message.actor().map(Object::toString).orElse(null));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", message.id());
    body.put("type", message.type());
    body.put("occurred_at", message.occurredAt().toString());
    body.put("tenant", message.tenant().value());
    body.put("data", data);
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a webhook body could not be written", e);
    }
  }
}
