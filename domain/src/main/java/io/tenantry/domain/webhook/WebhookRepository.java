package io.tenantry.domain.webhook;

import java.util.List;
import java.util.Optional;

/** The webhook endpoints of the current tenant. */
public interface WebhookRepository {
  void save(Webhook webhook);

  Optional<Webhook> findById(WebhookId id);

  /** Every endpoint, oldest first. */
  List<Webhook> all();

  void delete(WebhookId id);
}
