package io.tenantry.domain.webhook;

import io.tenantry.domain.shared.RuleViolationException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's webhook endpoint: where to send, which event types ({@code *} for all), whether it is
 * on, and its signing secret; after a rotation the previous secret keeps signing for a day. It
 * remembers since when its deliveries have been failing, and switches itself off when that lasts.
 */
public final class Webhook {
  /** How long a rotated-out secret keeps signing, so receivers can switch without a gap. */
  public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

  public static final String ALL_EVENTS = "*";

  private final WebhookId id;
  private URI url;
  private Set<String> events;
  private boolean enabled;
  private WebhookSecret secret;
  private WebhookSecret previousSecret;
  private Instant previousSecretUntil;
  private final Instant createdAt;
  private Instant updatedAt;
  private Instant failingSince;

  private Webhook(State s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.url = Objects.requireNonNull(s.url(), "url");
    this.events = Set.copyOf(s.events());
    this.enabled = s.enabled();
    this.secret = Objects.requireNonNull(s.secret(), "secret");
    this.previousSecret = s.previousSecret();
    this.previousSecretUntil = s.previousSecretUntil();
    this.createdAt = s.createdAt();
    this.updatedAt = s.updatedAt();
    this.failingSince = s.failingSince();
  }

  public static Webhook create(
      WebhookId id,
      URI url,
      Set<String> events,
      boolean enabled,
      WebhookSecret secret,
      Instant now) {
    return new Webhook(
        new State(id, checked(url), checked(events), enabled, secret, null, null, now, now, null));
  }

  public static Webhook restore(State state) {
    return new Webhook(state);
  }

  public void change(URI newUrl, Set<String> newEvents, Boolean nowEnabled, Instant now) {
    if (newUrl != null) {
      url = checked(newUrl);
    }
    if (newEvents != null) {
      events = checked(newEvents);
    }
    if (nowEnabled != null) {
      if (nowEnabled && !enabled) {
        failingSince = null; // switched back on: its failures start counting afresh
      }
      enabled = nowEnabled;
    }
    updatedAt = now;
  }

  /** A delivery got through; returns whether that ended a run of failures (state changed). */
  public boolean recordSuccess() {
    boolean wasFailing = failingSince != null;
    failingSince = null;
    return wasFailing;
  }

  /**
   * A delivery failed at {@code now}. When every delivery since {@code failingSince} has failed for
   * {@code disableAfter} or longer, the endpoint switches itself off; returns whether it just did.
   */
  public boolean recordFailure(Instant now, Duration disableAfter) {
    if (failingSince == null) {
      failingSince = now;
    }
    if (enabled && !now.isBefore(failingSince.plus(disableAfter))) {
      enabled = false;
      updatedAt = now;
      return true;
    }
    return false;
  }

  /** Replaces the secret; the old one keeps signing until {@link #ROTATION_OVERLAP} has passed. */
  public void rotate(WebhookSecret fresh, Instant now) {
    previousSecret = secret;
    previousSecretUntil = now.plus(ROTATION_OVERLAP);
    secret = fresh;
    updatedAt = now;
  }

  public boolean subscribesTo(String type) {
    return enabled && (events.contains(ALL_EVENTS) || events.contains(type));
  }

  /** The secrets that sign a message sent at {@code now}: the current one first. */
  public List<WebhookSecret> signingSecrets(Instant now) {
    List<WebhookSecret> secrets = new ArrayList<>(List.of(secret));
    if (previousSecret != null && previousSecretUntil.isAfter(now)) {
      secrets.add(previousSecret);
    }
    return List.copyOf(secrets);
  }

  private static URI checked(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
    if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
      throw new RuleViolationException("url", "must be an absolute http or https URL");
    }
    if (url.getUserInfo() != null) {
      throw new RuleViolationException("url", "must not carry credentials");
    }
    return url;
  }

  private static Set<String> checked(Set<String> events) {
    if (events.isEmpty()) {
      throw new RuleViolationException("events", "must name at least one event type or *");
    }
    return Set.copyOf(events);
  }

  public WebhookId id() {
    return id;
  }

  public URI url() {
    return url;
  }

  public Set<String> events() {
    return events;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** Since when every delivery has failed; null while the last one got through. */
  public Instant failingSince() {
    return failingSince;
  }

  public State state() {
    return new State(
        id,
        url,
        events,
        enabled,
        secret,
        previousSecret,
        previousSecretUntil,
        createdAt,
        updatedAt,
        failingSince);
  }

  /** Every field, for storing and loading an endpoint. */
  public record State(
      WebhookId id,
      URI url,
      Set<String> events,
      boolean enabled,
      WebhookSecret secret,
      WebhookSecret previousSecret,
      Instant previousSecretUntil,
      Instant createdAt,
      Instant updatedAt,
      Instant failingSince) {}
}
