package io.tenantry.persistence.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A row of {@code control.client_directory}; schema-qualified so that the unit of work that writes
 * a client in its tenant's schema writes this row in the same transaction.
 */
@Entity
@Table(schema = "control", name = "client_directory")
public class ClientDirectoryEntity extends PanacheEntityBase {

  @Id
  @Column(name = "client_id")
  public String clientId;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  public UUID tenantId;
}
