package io.tenantry.application.session;

import io.tenantry.application.shared.Actor;

/**
 * Who a pages session cookie belongs to: the actor (with its {@code sid}) and its tenant's name.
 */
public record PageCaller(Actor actor, String tenantName) {}
