package io.tenantry.persistence.mfa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code mfa_recovery_codes}; only the hash of the code is stored. */
@Entity
@Table(name = "mfa_recovery_codes")
public class RecoveryCodeEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "user_id", nullable = false, updatable = false)
  public UUID userId;

  @Column(name = "code_hash", nullable = false, updatable = false)
  public String codeHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "used_at")
  public Instant usedAt;
}
