package io.tenantry.persistence.apikey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code api_keys} in the tenant's schema; only the key's hash is stored. */
@Entity
@Table(name = "api_keys")
public class ApiKeyEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "user_id", nullable = false, updatable = false)
  public UUID userId;

  @Column(name = "name", nullable = false, updatable = false)
  public String name;

  @Column(name = "prefix", nullable = false, updatable = false)
  public String prefix;

  @Column(name = "key_hash", nullable = false, updatable = false)
  public String keyHash;

  @Column(name = "roles", updatable = false)
  public String roles;

  @Column(name = "expires_at", updatable = false)
  public Instant expiresAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;
}
