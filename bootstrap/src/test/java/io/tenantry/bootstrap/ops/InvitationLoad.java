package io.tenantry.bootstrap.ops;

import io.restassured.response.Response;
import io.tenantry.bootstrap.support.Api;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A steady stream of invitations ({@code POST /api/v1/users}) from a few threads, with answers. */
final class InvitationLoad implements AutoCloseable {
  private final String accessToken;
  private final String domain;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger sequence = new AtomicInteger();
  private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
  private final ExecutorService writers;

  private InvitationLoad(String accessToken, String domain, int threads) {
    this.accessToken = accessToken;
    this.domain = domain;
    this.writers = Executors.newFixedThreadPool(threads);
    for (int i = 0; i < threads; i++) {
      writers.submit(this::write);
    }
  }

  /** Starts {@code threads} writers inviting {@code load-<n>@<domain>} as the token's owner. */
  static InvitationLoad start(String accessToken, String domain, int threads) {
    return new InvitationLoad(accessToken, domain, threads);
  }

  long count(int status) {
    return answers.stream().filter(answer -> answer.status() == status).count();
  }

  List<Answer> answers() {
    return List.copyOf(answers);
  }

  /** Invites {@code email} once and returns the answer. */
  Answer invite(String email) {
    Response response =
        Api.as(accessToken)
            .body(Map.of("email", email, "display_name", "Load", "roles", List.of("member")))
            .post("/api/v1/users");
    String code = response.statusCode() >= 400 ? response.jsonPath().getString("code") : null;
    return new Answer(
        email, response.statusCode(), code, response.header("Retry-After"), response.contentType());
  }

  private void write() {
    while (running.get()) {
      String email = "load-" + sequence.incrementAndGet() + "@" + domain;
      try {
        answers.add(invite(email));
      } catch (RuntimeException e) {
        // No answer at all (or no problem body) is an answer too, and fails the test's checks.
        answers.add(new Answer(email, -1, e.toString(), null, null));
      }
      try {
        // A steady stream, not a flood: the outage answers fast and would only fill the log.
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    writers.shutdown();
    if (!writers.awaitTermination(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the writers did not stop");
    }
  }

  /** One answered invitation. */
  record Answer(String email, int status, String code, String retryAfter, String contentType) {}
}
