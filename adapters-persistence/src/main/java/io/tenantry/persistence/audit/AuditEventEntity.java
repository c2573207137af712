package io.tenantry.persistence.audit;

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

/** A row of the tenant's {@code audit_events}: one event and its link in the hash chain. */
@Entity
@Table(name = "audit_events")
public class AuditEventEntity extends PanacheEntityBase {

  @Id public UUID id;

  /** Chain order, assigned by the database. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  public Instant occurredAt;

  @Column(nullable = false, updatable = false)
  public String type;

  @Column(name = "actor_id", updatable = false)
  public UUID actorId;

  @Column(name = "actor_email", updatable = false)
  public String actorEmail;

  @Column(name = "target_type", updatable = false)
  public String targetType;

  @Column(name = "target_id", updatable = false)
  public String targetId;

  @Column(updatable = false)
  public String ip;

  @Column(name = "user_agent", updatable = false)
  public String userAgent;

  @Column(name = "trace_id", updatable = false)
  public String traceId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public Map<String, String> details;

  @Column(name = "prev_hash", nullable = false, updatable = false)
  public String prevHash;

  @Column(nullable = false, updatable = false)
  public String hash;
}
