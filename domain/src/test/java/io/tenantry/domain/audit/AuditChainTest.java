package io.tenantry.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static AuditEvent event(String email) {
    return new AuditEvent(
        AuditEventId.random(),
        Instant.parse("2026-01-31T12:00:00.123456789Z"),
        AuditEventType.USER_CREATED,
        UserId.random(),
        email,
        "user",
        "42",
        "203.0.113.9",
        "curl/8",
        null,
        Map.of("roles", "member"));
  }

  private static List<ChainedAuditEvent> chain(int length) {
    List<ChainedAuditEvent> rows = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    for (int i = 0; i < length; i++) {
      AuditEvent event = event("user" + i + "@acme.test");
      String hash = AuditChain.hash(prev, event);
      rows.add(new ChainedAuditEvent(event, prev, hash));
      prev = hash;
    }
    return rows;
  }

  private static ChainVerification verify(List<ChainedAuditEvent> rows) {
    AuditChainVerifier verifier = new AuditChainVerifier();
    rows.forEach(verifier::check);
    return verifier.result();
  }

  @Test
  void shouldVerifyAnUntouchedChain() {
    ChainVerification result = verify(chain(5));
    assertThat(result.valid()).isTrue();
    assertThat(result.checked()).isEqualTo(5);
  }

  @Test
  void shouldNameTheAlteredRow() {
    List<ChainedAuditEvent> rows = chain(5);
    ChainedAuditEvent original = rows.get(2);
    AuditEvent e = original.event();
    AuditEvent edited =
        new AuditEvent(
            e.id(),
            e.occurredAt(),
            e.type(),
            e.actorId(),
            "someone-else@acme.test",
            e.targetType(),
            e.targetId(),
            e.ip(),
            e.userAgent(),
            e.traceId(),
            e.details());
    rows.set(2, new ChainedAuditEvent(edited, original.prevHash(), original.hash()));
    assertThat(verify(rows).firstBroken()).contains(e.id());
  }

  @Test
  void shouldNameTheRowAfterADeletedOne() {
    List<ChainedAuditEvent> rows = chain(5);
    rows.remove(2);
    assertThat(verify(rows).firstBroken()).contains(rows.get(2).event().id());
  }

  @Test
  void shouldAcceptAPurgedPrefixAsAnchor() {
    List<ChainedAuditEvent> rows = chain(5);
    assertThat(verify(rows.subList(3, 5)).valid()).isTrue();
  }

  @Test
  void shouldRefuseSecretsInDetails() {
    assertThatThrownBy(
            () ->
                new AuditEvent(
                    AuditEventId.random(),
                    Instant.now(),
                    AuditEventType.PASSWORD_CHANGED,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Map.of("new_password", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldReadWireNamesAndRejectOthers() {
    assertThat(AuditEventType.byWireName("auth.token.reuse_detected"))
        .contains(AuditEventType.TOKEN_REUSE_DETECTED);
    assertThat(AuditEventType.byWireName("user.hacked")).isEmpty();
  }
}
