package io.tenantry.persistence.tenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Formula;

/**
 * A row of {@code control.tenants}; schema-qualified so that it is reachable from inside any
 * tenant's unit of work.
 */
@Entity
@Table(schema = "control", name = "tenants")
public class TenantEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(nullable = false, updatable = false)
  public String slug;

  @Column(nullable = false)
  public String name;

  /** Lower-case {@code TenantStatus} name. */
  @Column(nullable = false)
  public String status;

  @Column(name = "self_registration", nullable = false)
  public boolean selfRegistration;

  @Column(name = "schema_name", nullable = false, updatable = false)
  public String schemaName;

  @Column(name = "schema_version", nullable = false)
  public int schemaVersion;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /**
   * The MFA policy, kept in the {@code settings} document (no control-schema change); read here,
   * written by {@code JpaTenantRepository} with a statement of its own.
   */
  @Formula("coalesce(cast(settings ->> 'mfa_required' as boolean), false)")
  public boolean mfaRequired;

  @Version public long version;
}
