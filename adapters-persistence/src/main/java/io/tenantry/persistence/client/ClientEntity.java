package io.tenantry.persistence.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code clients} in the tenant's schema; only the hash of the secret is stored. */
@Entity
@Table(name = "clients")
public class ClientEntity extends PanacheEntityBase {

  @Id
  @Column(name = "client_id")
  public String id;

  @Column(nullable = false)
  public String name;

  /** Lower-case {@code ClientType} name. */
  @Column(nullable = false, updatable = false)
  public String type;

  @Column(name = "secret_hash")
  public String secretHash;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "redirect_uris", nullable = false)
  public String[] redirectUris;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "post_logout_redirect_uris", nullable = false)
  public String[] postLogoutRedirectUris;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public String[] roles;

  public String audience;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
