package io.tenantry.persistence.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code page_sessions} in the session's tenant schema; only the hash is stored. */
@Entity
@Table(name = "page_sessions")
public class PageSessionEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "token_hash", nullable = false, updatable = false)
  public String tokenHash;

  @Column(name = "user_id", nullable = false, updatable = false)
  public UUID userId;

  @Column(name = "session_id", nullable = false, updatable = false)
  public UUID sessionId;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  public Instant lastSeenAt;
}
