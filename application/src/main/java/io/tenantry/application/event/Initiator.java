package io.tenantry.application.event;

import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;

/** Who caused an event: a user (by id and address at the time), or nobody known. */
public record Initiator(UserId id, Email email) {
  public static final Initiator NONE = new Initiator(null, null);

  /** A user acting on their own account without an access token. */
  public static Initiator of(User user) {
    return new Initiator(user.id(), user.email());
  }

  public boolean isKnown() {
    return id != null;
  }
}
