package io.tenantry.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.event.DomainEvent;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.TenantSuspended;
import io.tenantry.application.fakes.InMemoryUnitOfWork;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DomainEventsTest {
  private static final TenantRef ACME = new TenantRef(TenantId.random(), new TenantSlug("acme"));

  private final DomainEvents events = new DomainEvents();
  private final UnitOfWork unitOfWork = new EventedUnitOfWork(new InMemoryUnitOfWork(), events);
  private final List<String> seen = new ArrayList<>();

  @BeforeEach
  void subscribe() {
    events.subscribeInTransaction(event -> seen.add("in-transaction " + name(event)));
    events.subscribeAfterCommit(event -> seen.add("after-commit " + name(event)));
  }

  @Test
  void shouldRunInTransactionSubscribersWhenTheWorkIsDoneAndAfterCommitOnesAfterIt() {
    String result =
        unitOfWork.inTenant(
            ACME,
            () -> {
              events.publish(suspended("first"));
              events.publish(suspended("second"));
              seen.add("work done");
              return "result";
            });

    assertThat(result).isEqualTo("result");
    assertThat(seen)
        .containsExactly(
            "work done",
            "in-transaction first",
            "in-transaction second",
            "after-commit first",
            "after-commit second");
  }

  @Test
  void shouldDropTheEventsOfAUnitOfWorkThatFails() {
    assertThatThrownBy(
            () ->
                unitOfWork.inTenant(
                    ACME,
                    () -> {
                      events.publish(suspended("lost"));
                      throw new IllegalStateException("rolled back");
                    }))
        .hasMessage("rolled back");

    assertThat(seen).isEmpty();
    unitOfWork.inTenant(ACME, () -> events.publish(suspended("next")));
    assertThat(seen).containsExactly("in-transaction next", "after-commit next");
  }

  @Test
  void shouldGiveANestedUnitOfWorkItsOwnEvents() {
    unitOfWork.inControl(
        () -> {
          events.publish(suspended("outer"));
          unitOfWork.inTenant(ACME, () -> events.publish(suspended("inner")));
          seen.add("outer work done");
          return null;
        });

    assertThat(seen)
        .containsExactly(
            "in-transaction inner",
            "after-commit inner",
            "outer work done",
            "in-transaction outer",
            "after-commit outer");
  }

  @Test
  void shouldHandEachInTransactionSubscriberTheUnitOfWorksEventsAtOnceThenWhatItPublished() {
    List<List<String>> rounds = new ArrayList<>();
    events.subscribeInTransaction(
        new EventSubscriber() {
          @Override
          public void on(DomainEvent event) {
            throw new AssertionError("given all at once, not one by one");
          }

          @Override
          public void onAll(List<DomainEvent> all) {
            rounds.add(all.stream().map(DomainEventsTest::name).toList());
            if (all.size() == 2) {
              events.publish(suspended("published-by-subscriber"));
            }
          }
        });

    unitOfWork.inTenant(
        ACME,
        () -> {
          events.publish(suspended("first"));
          events.publish(suspended("second"));
        });

    assertThat(rounds)
        .containsExactly(List.of("first", "second"), List.of("published-by-subscriber"));
    assertThat(seen)
        .containsExactly(
            "in-transaction first",
            "in-transaction second",
            "in-transaction published-by-subscriber",
            "after-commit first",
            "after-commit second",
            "after-commit published-by-subscriber");
  }

  @Test
  void shouldRefuseEventsOutsideAUnitOfWork() {
    assertThatThrownBy(() -> events.publish(suspended("stray")))
        .isInstanceOf(IllegalStateException.class);
  }

  private static DomainEvent suspended(String label) {
    return new TenantSuspended(
        new Initiator(null, null), new TenantRef(TenantId.random(), new TenantSlug(label)));
  }

  private static String name(DomainEvent event) {
    return ((TenantSuspended) event).tenant().slug().value();
  }
}
