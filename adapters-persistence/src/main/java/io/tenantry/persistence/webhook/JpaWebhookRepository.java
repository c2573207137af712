package io.tenantry.persistence.webhook;

import io.tenantry.domain.webhook.Webhook;
import io.tenantry.domain.webhook.WebhookId;
import io.tenantry.domain.webhook.WebhookRepository;
import io.tenantry.domain.webhook.WebhookSecret;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Webhook endpoints of the tenant whose schema the current unit of work is bound to. */
@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {

  @Override
  public void save(Webhook webhook) {
    WebhookEntity e = WebhookEntity.findById(webhook.id().value());
    boolean fresh = e == null;
    if (fresh) {
      e = new WebhookEntity();
      e.id = webhook.id().value();
    }
    Webhook.State s = webhook.state();
    e.url = s.url().toString();
    e.events = String.join(",", new TreeSet<>(s.events()));
    e.enabled = s.enabled();
    e.secret = s.secret().value();
    e.previousSecret = s.previousSecret() == null ? null : s.previousSecret().value();
    e.previousSecretUntil = s.previousSecretUntil();
    e.createdAt = s.createdAt();
    e.updatedAt = s.updatedAt();
    if (fresh) {
      e.persist();
    }
  }

  @Override
  public Optional<Webhook> findById(WebhookId id) {
    return WebhookEntity.<WebhookEntity>findByIdOptional(id.value())
        .map(JpaWebhookRepository::toDomain);
  }

  @Override
  public List<Webhook> all() {
    return WebhookEntity.<WebhookEntity>find("order by createdAt").stream()
        .map(JpaWebhookRepository::toDomain)
        .toList();
  }

  @Override
  public void delete(WebhookId id) {
    WebhookDeliveryEntity.delete("webhookId", id.value());
    WebhookEntity.deleteById(id.value());
  }

  private static Webhook toDomain(WebhookEntity e) {
    return Webhook.restore(
        new Webhook.State(
            new WebhookId(e.id),
            URI.create(e.url),
            Set.copyOf(Arrays.asList(e.events.split(","))),
            e.enabled,
            new WebhookSecret(e.secret),
            e.previousSecret == null ? null : new WebhookSecret(e.previousSecret),
            e.previousSecretUntil,
            e.createdAt,
            e.updatedAt));
  }
}
