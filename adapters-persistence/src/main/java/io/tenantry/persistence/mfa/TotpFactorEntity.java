package io.tenantry.persistence.mfa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code mfa_totp_factors}: the secret only in sealed (encrypted) form. */
@Entity
@Table(name = "mfa_totp_factors")
public class TotpFactorEntity extends PanacheEntityBase {

  @Id
  @Column(name = "user_id")
  public UUID userId;

  @Column(name = "sealed_secret", nullable = false)
  public String sealedSecret;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "confirmed_at")
  public Instant confirmedAt;

  @Column(name = "last_used_step", nullable = false)
  public long lastUsedStep;

  @Override
  public String toString() {
    return "TotpFactorEntity[" + userId + ", redacted]";
  }
}
