package io.tenantry.rest.auth;

import io.tenantry.application.auth.PublishedKeys;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** Publishes the public keys that verify access tokens: {@code /.well-known/jwks.json}. */
@Path("/.well-known/jwks.json")
public class JwksResource {
  @Inject PublishedKeys keys;

  @GET
  @Produces({"application/jwk-set+json", "application/json"})
  public Response jwks() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(keys.jwks(), "application/json").cacheControl(cache).build();
  }
}
