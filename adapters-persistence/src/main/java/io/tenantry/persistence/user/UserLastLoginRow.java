package io.tenantry.persistence.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code user_last_logins}: a user's last login again, under the index the list by last
 * login walks, so that recording a login leaves every index of {@code users} alone (tenant V22).
 * {@link JpaUserRepository} writes one with each user and updates it with each login.
 */
@Entity
@Table(name = "user_last_logins")
public class UserLastLoginRow extends PanacheEntityBase {

  @Id
  @Column(name = "user_id")
  public UUID userId;

  @Column(name = "last_login_at")
  public Instant lastLoginAt;

  static UserLastLoginRow of(UserEntity user) {
    UserLastLoginRow row = new UserLastLoginRow();
    row.userId = user.id;
    row.lastLoginAt = user.lastLoginAt;
    return row;
  }
}
