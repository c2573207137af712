package io.tenantry.persistence.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code webhook_deliveries}, the tenant's webhook outbox. */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDeliveryEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "webhook_id", nullable = false, updatable = false)
  public UUID webhookId;

  @Column(nullable = false, updatable = false)
  public String type;

  @Column(nullable = false, updatable = false)
  public String payload;

  @Column(nullable = false)
  public String status;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "last_attempt_at")
  public Instant lastAttemptAt;

  @Column(name = "last_status_code")
  public Integer lastStatusCode;

  @Column(name = "last_duration_ms")
  public Long lastDurationMs;

  @Column(name = "last_error")
  public String lastError;
}
