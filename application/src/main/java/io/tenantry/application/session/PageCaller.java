package io.tenantry.application.session;

import io.tenantry.application.shared.Actor;
import io.tenantry.domain.auth.AuthMethods;
import java.time.Instant;

/**
 * Who a pages session cookie belongs to: the actor (with its {@code sid}), its tenant's name, when
 * they signed in and how (the {@code auth_time} and {@code amr} of the tokens issued on the
 * strength of it).
 */
public record PageCaller(Actor actor, String tenantName, Instant authTime, AuthMethods methods) {
  public PageCaller {
    methods = methods == null ? AuthMethods.PASSWORD : methods;
  }
}
