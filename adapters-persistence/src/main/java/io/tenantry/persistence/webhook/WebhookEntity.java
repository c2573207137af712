package io.tenantry.persistence.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code webhooks} in the tenant's schema. */
@Entity
@Table(name = "webhooks")
public class WebhookEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(nullable = false)
  public String url;

  @Column(nullable = false)
  public String events;

  @Column(nullable = false)
  public boolean enabled;

  /** Sealed ({@code v1.…}, see {@code WebhookSecretSeal}); {@code whsec_…} rows predate V19. */
  @Column(nullable = false)
  public String secret;

  @Column(name = "previous_secret")
  public String previousSecret;

  @Column(name = "previous_secret_until")
  public Instant previousSecretUntil;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "failing_since")
  public Instant failingSince;
}
