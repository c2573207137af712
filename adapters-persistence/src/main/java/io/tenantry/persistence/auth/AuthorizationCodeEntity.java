package io.tenantry.persistence.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code authorization_codes} in the session's tenant schema; only the hash is stored. */
@Entity
@Table(name = "authorization_codes")
public class AuthorizationCodeEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "code_hash", nullable = false, updatable = false)
  public String codeHash;

  @Column(name = "client_id", nullable = false, updatable = false)
  public String clientId;

  @Column(name = "redirect_uri", nullable = false, updatable = false)
  public String redirectUri;

  @Column(name = "code_challenge", nullable = false, updatable = false)
  public String codeChallenge;

  @Column(updatable = false)
  public String nonce;

  @Column(nullable = false, updatable = false)
  public String scope;

  @Column(name = "user_id", nullable = false, updatable = false)
  public UUID userId;

  @Column(name = "browser_session", nullable = false, updatable = false)
  public UUID browserSession;

  @Column(name = "auth_time", nullable = false, updatable = false)
  public Instant authTime;

  @Column(name = "expires_at", nullable = false, updatable = false)
  public Instant expiresAt;

  @Column(name = "used_at")
  public Instant usedAt;

  @Column(name = "issued_session")
  public UUID issuedSession;

  /** How the browser's user signed in (RFC 8176 values, space-separated); null: a password. */
  @Column(name = "amr", updatable = false)
  public String amr;
}
