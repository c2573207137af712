package io.tenantry.persistence.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code refresh_tokens} in the session's tenant schema; only the hash is stored. */
@Entity
@Table(name = "refresh_tokens")
public class RefreshTokenEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "user_id", nullable = false, updatable = false)
  public UUID userId;

  @Column(name = "family_id", nullable = false, updatable = false)
  public UUID familyId;

  @Column(name = "token_hash", nullable = false, updatable = false)
  public String tokenHash;

  @Column(name = "issued_at", nullable = false, updatable = false)
  public Instant issuedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  public Instant expiresAt;

  @Column(name = "rotated_at")
  public Instant rotatedAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "session_started_at", nullable = false, updatable = false)
  public Instant sessionStartedAt;

  @Column(name = "session_expires_at", nullable = false, updatable = false)
  public Instant sessionExpiresAt;

  @Column(name = "security_version", nullable = false, updatable = false)
  public long securityVersion;

  @Column(name = "client_id", updatable = false)
  public String clientId;

  @Column(name = "scope", updatable = false)
  public String scope;

  @Column(name = "ip", updatable = false)
  public String ip;

  @Column(name = "user_agent", updatable = false)
  public String userAgent;

  /** The session's RFC 8176 {@code amr} values, space-separated; null means a password alone. */
  @Column(name = "amr", updatable = false)
  public String amr;
}
