package io.tenantry.persistence.role;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row of {@code roles} in the session's tenant schema (custom roles and built-in markers). */
@Entity
@Table(name = "roles")
public class RoleEntity extends PanacheEntityBase {

  @Id public String name;

  @Column(nullable = false)
  public String description;

  /** Permission values separated by single spaces, sorted. */
  @Column(nullable = false)
  public String permissions;

  @Column(name = "built_in", nullable = false, updatable = false)
  public boolean builtIn;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;
}
