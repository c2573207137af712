package io.tenantry.application.session;

import io.tenantry.application.shared.Actor;
import java.time.Instant;

/**
 * Who a pages session cookie belongs to: the actor (with its {@code sid}), its tenant's name, and
 * when they signed in (the {@code auth_time} of the ID tokens issued on the strength of it).
 */
public record PageCaller(Actor actor, String tenantName, Instant authTime) {}
