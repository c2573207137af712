package io.tenantry.rest.shared;

import io.tenantry.application.UseCases;
import jakarta.inject.Inject;

/**
 * The base of the resources that run use cases for the request's caller: the two collaborators
 * every such resource injects, declared once.
 */
public abstract class CallerResource {
  @Inject protected UseCases useCases;
  @Inject protected CallerAuthentication caller;
}
