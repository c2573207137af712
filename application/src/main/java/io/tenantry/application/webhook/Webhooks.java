package io.tenantry.application.webhook;

import io.tenantry.application.event.WebhookChanged;
import io.tenantry.application.event.WebhookChanged.Change;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.webhook.Webhook;
import io.tenantry.domain.webhook.WebhookDeliveries;
import io.tenantry.domain.webhook.WebhookDelivery;
import io.tenantry.domain.webhook.WebhookId;
import io.tenantry.domain.webhook.WebhookRepository;
import io.tenantry.domain.webhook.WebhookSecret;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's webhook endpoints ({@code webhooks:write}): create with a secret shown once, read,
 * change, delete, rotate the secret, read the delivery log, redeliver, and send a test message.
 * Targets are checked against the address policy here and again before every send.
 */
public final class Webhooks {
  /** The type of the message "send a test event" sends; only that endpoint gets it. */
  public static final String TEST_EVENT = "webhook.test";

  private static final int DELIVERY_LOG = 100;

  private final UnitOfWork unitOfWork;
  private final WebhookRepository webhooks;
  private final WebhookDeliveries deliveries;
  private final WebhookTargets targets;
  private final WebhookPayloads payloads;
  private final SecureTokens tokens;
  private final DomainEvents events;
  private final Clock clock;

  public Webhooks(
      UnitOfWork unitOfWork,
      WebhookRepository webhooks,
      WebhookDeliveries deliveries,
      WebhookTargets targets,
      WebhookPayloads payloads,
      SecureTokens tokens,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.targets = targets;
    this.payloads = payloads;
    this.tokens = tokens;
    this.events = events;
    this.clock = clock;
  }

  public NewWebhookSecret create(Actor actor, WebhookCommand command) {
    actor.require(Permission.WEBHOOKS_WRITE);
    requireKnown(command.events());
    targets.requireAllowed(command.url());
    WebhookSecret secret = freshSecret();
    Webhook webhook =
        Webhook.create(
            WebhookId.random(),
            command.url(),
            command.events(),
            command.enabled() == null || command.enabled(),
            secret,
            clock.instant());
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          webhooks.save(webhook);
          changed(actor, webhook.id(), Change.CREATED);
        });
    return new NewWebhookSecret(WebhookView.of(webhook), secret);
  }

  public List<WebhookView> list(Actor actor) {
    actor.require(Permission.WEBHOOKS_WRITE);
    return unitOfWork.inTenant(
        actor.tenantRef(), () -> webhooks.all().stream().map(WebhookView::of).toList());
  }

  public WebhookView get(Actor actor, WebhookId id) {
    actor.require(Permission.WEBHOOKS_WRITE);
    return unitOfWork.inTenant(actor.tenantRef(), () -> WebhookView.of(load(id)));
  }

  public WebhookView change(Actor actor, WebhookId id, WebhookCommand command) {
    actor.require(Permission.WEBHOOKS_WRITE);
    if (command.events() != null) {
      requireKnown(command.events());
    }
    if (command.url() != null) {
      targets.requireAllowed(command.url());
    }
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          Webhook webhook = load(id);
          webhook.change(command.url(), command.events(), command.enabled(), clock.instant());
          webhooks.save(webhook);
          changed(actor, id, Change.UPDATED);
          return WebhookView.of(webhook);
        });
  }

  public void delete(Actor actor, WebhookId id) {
    actor.require(Permission.WEBHOOKS_WRITE);
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          webhooks.delete(load(id).id());
          changed(actor, id, Change.DELETED);
        });
  }

  /** A new secret; the previous one keeps signing for {@link Webhook#ROTATION_OVERLAP}. */
  public NewWebhookSecret rotateSecret(Actor actor, WebhookId id) {
    actor.require(Permission.WEBHOOKS_WRITE);
    WebhookSecret secret = freshSecret();
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          Webhook webhook = load(id);
          webhook.rotate(secret, clock.instant());
          webhooks.save(webhook);
          changed(actor, id, Change.SECRET_ROTATED);
          return new NewWebhookSecret(WebhookView.of(webhook), secret);
        });
  }

  public List<WebhookDelivery> deliveries(Actor actor, WebhookId id) {
    actor.require(Permission.WEBHOOKS_WRITE);
    return unitOfWork.inTenant(actor.tenantRef(), () -> deliveries.of(load(id).id(), DELIVERY_LOG));
  }

  /** Sends a delivery again from scratch, under its original id. */
  public void redeliver(Actor actor, WebhookId id, UUID delivery) {
    actor.require(Permission.WEBHOOKS_WRITE);
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          WebhookId owner = load(id).id();
          deliveries
              .findById(delivery)
              .filter(d -> d.webhook().equals(owner))
              .orElseThrow(() -> new NotFoundException("delivery not found"));
          deliveries.requeue(delivery, clock.instant());
        });
  }

  /** Queues a {@value #TEST_EVENT} message for this endpoint only; returns its delivery id. */
  public UUID sendTest(Actor actor, WebhookId id) {
    actor.require(Permission.WEBHOOKS_WRITE);
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          Webhook webhook = load(id);
          UUID delivery = UUID.randomUUID();
          Instant now = clock.instant();
          WebhookMessage message =
              new WebhookMessage(
                  "msg_" + delivery,
                  TEST_EVENT,
                  now,
                  actor.tenant(),
                  Optional.of(actor.userId()),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Map.of());
          deliveries.add(
              WebhookDelivery.pending(
                  delivery, webhook.id(), TEST_EVENT, payloads.render(message), now));
          return delivery;
        });
  }

  private void changed(Actor actor, WebhookId id, Change change) {
    events.publish(new WebhookChanged(actor.initiator(), actor.tenantRef().id(), id, change));
  }

  private Webhook load(WebhookId id) {
    return webhooks.findById(id).orElseThrow(() -> new NotFoundException("webhook not found"));
  }

  private WebhookSecret freshSecret() {
    return WebhookSecret.of(Base64.getUrlDecoder().decode(tokens.newSecret()));
  }

  private static void requireKnown(Set<String> events) {
    if (events == null) {
      throw new RuleViolationException("events", "must name at least one event type or *");
    }
    for (String event : events) {
      if (!event.equals(Webhook.ALL_EVENTS) && AuditEventType.byWireName(event).isEmpty()) {
        throw new RuleViolationException("events", "unknown event type " + event);
      }
    }
  }
}
