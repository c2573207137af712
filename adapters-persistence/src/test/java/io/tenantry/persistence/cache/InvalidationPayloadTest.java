package io.tenantry.persistence.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.application.access.CacheInvalidation;
import io.tenantry.application.access.CacheInvalidation.Kind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvalidationPayloadTest {
  private final UUID tenant = UUID.randomUUID();
  private final UUID user = UUID.randomUUID();

  @Test
  void shouldCarryKindTenantAndSubjectToAnotherReplica() {
    CacheInvalidation sent = new CacheInvalidation(Kind.USER, tenant, user);

    String payload = InvalidationPayload.encode("replica-a", sent);

    assertThat(payload).isEqualTo("replica-a user:" + tenant + ":" + user);
    assertThat(InvalidationPayload.decode(payload, "replica-b")).contains(sent);
  }

  @Test
  void shouldCarryTenantWideKindsWithoutSubject() {
    CacheInvalidation sent = new CacheInvalidation(Kind.ROLES, tenant, null);

    assertThat(InvalidationPayload.decode(InvalidationPayload.encode("a", sent), "b"))
        .contains(sent);
  }

  @Test
  void shouldSkipItsOwnAndWhatItDoesNotUnderstand() {
    CacheInvalidation sent = new CacheInvalidation(Kind.TENANT, tenant, null);

    assertThat(InvalidationPayload.decode(InvalidationPayload.encode("a", sent), "a")).isEmpty();
    assertThat(InvalidationPayload.decode("b sessions:" + tenant, "a")).isEmpty();
    assertThat(InvalidationPayload.decode("b user:" + tenant, "a")).isEmpty();
    assertThat(InvalidationPayload.decode("no-space", "a")).isEmpty();
  }
}
