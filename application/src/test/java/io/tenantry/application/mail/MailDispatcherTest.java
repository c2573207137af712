package io.tenantry.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.application.fakes.InMemoryUnitOfWork;
import io.tenantry.application.fakes.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailDispatcherTest {
  private static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");
  private final MutableClock clock = new MutableClock(NOW);
  private final Queue queue = new Queue();
  private final Sender sender = new Sender();
  private final RetryPolicy retry =
      new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1));
  private MailDispatcher dispatcher;

  @BeforeEach
  void setUp() {
    dispatcher = new MailDispatcher(new InMemoryUnitOfWork(), queue, sender, retry, clock);
  }

  @Test
  void shouldSendDueMailsAndScrubThem() {
    UUID id = queue.add();
    assertThat(dispatcher.dispatchDue(10)).isEqualTo(1);
    assertThat(sender.sent).extracting(QueuedMail::id).containsExactly(id);
    assertThat(queue.rows.get(id).status).isEqualTo("sent");
    assertThat(queue.rows.get(id).values).isEmpty();
  }

  @Test
  void shouldRetryWithGrowingDelaysAndGiveUpAfterTheLastAttempt() {
    UUID id = queue.add();
    sender.down = true;

    dispatcher.dispatchDue(10);
    Row row = queue.rows.get(id);
    assertThat(row.status).isEqualTo("pending");
    assertThat(row.attempts).isEqualTo(1);
    Duration first = Duration.between(NOW, row.nextAttempt);
    assertThat(first).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));

    clock.advance(first);
    dispatcher.dispatchDue(10);
    Duration second = Duration.between(clock.instant(), row.nextAttempt);
    assertThat(second).isBetween(Duration.ofSeconds(16), Duration.ofSeconds(24));

    clock.advance(second);
    dispatcher.dispatchDue(10);
    assertThat(row.status).isEqualTo("dead");
    assertThat(row.attempts).isEqualTo(3);
    assertThat(row.values).isEmpty();
  }

  @Test
  void shouldNotTouchMailsThatAreNotDueYet() {
    UUID id = queue.add();
    sender.down = true;
    dispatcher.dispatchDue(10);
    sender.down = false;

    assertThat(dispatcher.dispatchDue(10)).isZero();
    assertThat(queue.rows.get(id).attempts).isEqualTo(1);
  }

  @Test
  void shouldCapTheDelay() {
    assertThat(retry.delayAfter(30, () -> 1.0)).isLessThanOrEqualTo(Duration.ofSeconds(72));
    assertThat(retry.delayAfter(1, () -> 0.0)).isEqualTo(Duration.ofSeconds(8));
  }

  private static final class Row {
    String status = "pending";
    int attempts;
    Instant nextAttempt = NOW;
    Map<String, String> values = Map.of("link", "https://x.test/verify-email?token=secret");
  }

  private static final class Queue implements MailQueue {
    final Map<UUID, Row> rows = new LinkedHashMap<>();

    UUID add() {
      UUID id = UUID.randomUUID();
      rows.put(id, new Row());
      return id;
    }

    @Override
    public Optional<QueuedMail> claimNextDue(Instant now) {
      return rows.entrySet().stream()
          .filter(
              e -> e.getValue().status.equals("pending") && !e.getValue().nextAttempt.isAfter(now))
          .findFirst()
          .map(
              e ->
                  new QueuedMail(
                      e.getKey(),
                      "a@b.test",
                      MailTemplate.INVITATION,
                      e.getValue().values,
                      e.getValue().attempts));
    }

    @Override
    public void markSent(UUID id, Instant now) {
      Row row = rows.get(id);
      row.status = "sent";
      row.values = Map.of();
    }

    @Override
    public void scheduleRetry(UUID id, int attempts, Instant nextAttempt, String error) {
      Row row = rows.get(id);
      row.attempts = attempts;
      row.nextAttempt = nextAttempt;
    }

    @Override
    public void markDead(UUID id, int attempts, String error) {
      Row row = rows.get(id);
      row.status = "dead";
      row.attempts = attempts;
      row.values = Map.of();
    }
  }

  private static final class Sender implements MailSender {
    final List<QueuedMail> sent = new ArrayList<>();
    boolean down;

    @Override
    public void send(QueuedMail mail) {
      if (down) {
        throw new MailDeliveryException("connection refused", null);
      }
      sent.add(mail);
    }
  }
}
