package io.tenantry.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A row of {@code user_roles} for reading only: the role filter selects user ids straight from the
 * role index ({@code UserEntity.roles} writes the rows), instead of a join back to {@code users}.
 */
@Entity
@Immutable
@Table(name = "user_roles")
@IdClass(UserRoleRow.Key.class)
public class UserRoleRow {

  @Id
  @Column(name = "user_id")
  public UUID userId;

  @Id public String role;

  /** The composite key Hibernate needs for an entity it never writes. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    public UUID userId;
    public String role;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(userId, key.userId)
          && Objects.equals(role, key.role);
    }

    @Override
    public int hashCode() {
      return Objects.hash(userId, role);
    }
  }
}
