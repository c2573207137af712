package io.tenantry.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL for every {@code @QuarkusTest} in this module. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestDatabase {
  private TestDatabase() {}
}
