package io.tenantry.persistence.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

/** A row of {@code users}; unqualified, so it lives in the schema of the session's tenant. */
// Login bookkeeping (last login, failures, hash upgrades) is not an edit a client could conflict
// with, so it neither bumps the version (ETag) nor overwrites columns it did not change.
@DynamicUpdate
@Entity
@Table(name = "users")
public class UserEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(nullable = false, updatable = false)
  public String email;

  @Column(name = "display_name", nullable = false)
  public String displayName;

  /** Lower-case {@code UserStatus} name. */
  @Column(nullable = false)
  public String status;

  @Column(name = "email_verified", nullable = false)
  public boolean emailVerified;

  @Column(name = "verification_required", nullable = false)
  public boolean verificationRequired;

  @Column(name = "password_hash")
  @OptimisticLock(excluded = true)
  public String passwordHash;

  @Column(name = "security_version", nullable = false)
  public long securityVersion;

  @Column(name = "failed_logins", nullable = false)
  @OptimisticLock(excluded = true)
  public int failedLogins;

  @Column(name = "locked_until")
  @OptimisticLock(excluded = true)
  public Instant lockedUntil;

  @Column(name = "last_login_at")
  @OptimisticLock(excluded = true)
  public Instant lastLoginAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "mfa_enabled", nullable = false)
  public boolean mfaEnabled;

  @Version public long version;

  // For ordering a list by last login only (its index is on user_last_logins): never read through
  // here, and written by JpaUserRepository, which keeps the row in step with lastLoginAt.
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "id", insertable = false, updatable = false)
  public UserLastLoginRow lastLogin;

  // Batch-fetched so that a page of users loads its roles in one extra query, not one per user.
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @BatchSize(size = 100)
  public Set<String> roles = new HashSet<>();
}
