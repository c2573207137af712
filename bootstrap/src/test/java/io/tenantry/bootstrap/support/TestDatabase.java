package io.tenantry.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL and the SMTP server for every {@code @QuarkusTest} here. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(GreenMailResource.class)
public final class TestDatabase {
  private TestDatabase() {}
}
