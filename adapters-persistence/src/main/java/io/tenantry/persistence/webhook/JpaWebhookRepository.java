package io.tenantry.persistence.webhook;

import io.tenantry.application.mfa.SecretSealer;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.webhook.Webhook;
import io.tenantry.domain.webhook.WebhookId;
import io.tenantry.domain.webhook.WebhookRepository;
import io.tenantry.domain.webhook.WebhookSecret;
import io.tenantry.persistence.shared.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Webhook endpoints of the tenant whose schema the current unit of work is bound to; their signing
 * secrets are stored sealed (see {@link WebhookSecretSeal}), and a clear one is sealed when read.
 */
@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {
  private final TenantContext context;
  private final WebhookSecretSeal seal;

  /**
   * The sealer is looked up when first used: the application wires it (bootstrap), and this
   * module's own tests start without it.
   */
  @Inject
  public JpaWebhookRepository(TenantContext context, Instance<SecretSealer> sealer) {
    this.context = context;
    this.seal = new WebhookSecretSeal(sealer::get);
  }

  @Override
  public void save(Webhook webhook) {
    WebhookEntity e = WebhookEntity.findById(webhook.id().value());
    boolean fresh = e == null;
    if (fresh) {
      e = new WebhookEntity();
      e.id = webhook.id().value();
    }
    Webhook.State s = webhook.state();
    TenantId tenant = context.currentTenantId();
    e.url = s.url().toString();
    e.events = String.join(",", new TreeSet<>(s.events()));
    e.enabled = s.enabled();
    e.secret = seal.seal(s.secret(), tenant, s.id());
    e.previousSecret =
        s.previousSecret() == null ? null : seal.seal(s.previousSecret(), tenant, s.id());
    e.previousSecretUntil = s.previousSecretUntil();
    e.createdAt = s.createdAt();
    e.updatedAt = s.updatedAt();
    e.failingSince = s.failingSince();
    if (fresh) {
      e.persist();
    }
  }

  @Override
  public Optional<Webhook> findById(WebhookId id) {
    return WebhookEntity.<WebhookEntity>findByIdOptional(id.value()).map(this::toDomain);
  }

  @Override
  public List<Webhook> all() {
    return WebhookEntity.<WebhookEntity>find("order by createdAt").stream()
        .map(this::toDomain)
        .toList();
  }

  @Override
  public void delete(WebhookId id) {
    WebhookDeliveryEntity.delete("webhookId", id.value());
    WebhookEntity.deleteById(id.value());
  }

  private Webhook toDomain(WebhookEntity e) {
    WebhookId id = new WebhookId(e.id);
    TenantId tenant = context.currentTenantId();
    WebhookSecret secret = seal.open(e.secret, tenant, id);
    WebhookSecret previous =
        e.previousSecret == null ? null : seal.open(e.previousSecret, tenant, id);
    sealIfClear(e, secret, previous, tenant, id);
    return Webhook.restore(
        new Webhook.State(
            id,
            URI.create(e.url),
            Set.copyOf(Arrays.asList(e.events.split(","))),
            e.enabled,
            secret,
            previous,
            e.previousSecretUntil,
            e.createdAt,
            e.updatedAt,
            e.failingSince));
  }

  /** A row from before sealing: sealed now, written when the unit of work commits. */
  private void sealIfClear(
      WebhookEntity e,
      WebhookSecret secret,
      WebhookSecret previous,
      TenantId tenant,
      WebhookId id) {
    if (WebhookSecretSeal.isClear(e.secret)) {
      e.secret = seal.seal(secret, tenant, id);
    }
    if (WebhookSecretSeal.isClear(e.previousSecret)) {
      e.previousSecret = seal.seal(previous, tenant, id);
    }
  }
}
