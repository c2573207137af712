package io.tenantry.persistence.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code one_time_tokens} in the session's tenant schema; only the hash is stored. */
@Entity
@Table(name = "one_time_tokens")
public class OneTimeTokenEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "user_id", nullable = false, updatable = false)
  public UUID userId;

  /** Lower-case {@code TokenPurpose} name. */
  @Column(nullable = false, updatable = false)
  public String purpose;

  @Column(name = "token_hash", nullable = false, updatable = false)
  public String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  public Instant expiresAt;

  @Column(name = "used_at")
  public Instant usedAt;

  /** The {@code client_id} an {@code mfa_token} was issued to; null for mailed tokens. */
  @Column(name = "client_id", updatable = false)
  public String clientId;
}
