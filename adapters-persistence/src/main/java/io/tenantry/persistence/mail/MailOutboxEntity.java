package io.tenantry.persistence.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code control.mail_outbox}: one mail waiting for, or done with, delivery. */
@Entity
@Table(schema = "control", name = "mail_outbox")
public class MailOutboxEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "tenant_id")
  public UUID tenantId;

  @Column(nullable = false)
  public String recipient;

  /** Lower-case {@code MailTemplate} name. */
  @Column(nullable = false)
  public String template;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public Map<String, String> payload;

  /** {@code pending}, then {@code sent} or, after the last attempt, {@code dead}. */
  @Column(nullable = false)
  public String status;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "sent_at")
  public Instant sentAt;
}
