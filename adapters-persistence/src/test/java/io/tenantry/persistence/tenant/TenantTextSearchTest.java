package io.tenantry.persistence.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.TenantSort;
import io.tenantry.domain.tenant.TenantStatus;
import io.tenantry.persistence.EmbeddedPostgresResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A text search (planned for its pattern) pages through its matches in the same order as the list
 * without text, ties on the sort key broken by id.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class TenantTextSearchTest {

  // One instant for every tenant of a test: the default sort (created_at) ties everywhere.
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

  @Inject UnitOfWork unitOfWork;
  @Inject TenantRepository tenants;
  @Inject EntityManager entityManager;

  private String word;
  private List<TenantId> matching;

  @BeforeEach
  void tenantsWithAndWithoutTheWord() {
    word = "w" + UUID.randomUUID().toString().substring(0, 8);
    matching = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      // The word in the slug for some, in the name (upper case) for the others.
      String slug = i % 2 == 0 ? "s-" + word + "-" + i : "s-" + rnd();
      String name = i % 2 == 0 ? "Tenant " + i : "Tenant " + word.toUpperCase() + " " + (7 - i);
      Tenant tenant = Tenant.create(new TenantSlug(slug), new TenantName(name), NOW);
      if (i == 3) {
        tenant.changeStatus(TenantStatus.SUSPENDED, NOW);
      }
      matching.add(unitOfWork.inControl(() -> tenants.save(tenant)).id());
    }
    for (int i = 0; i < 3; i++) {
      Tenant other = Tenant.create(new TenantSlug("s-" + rnd()), new TenantName("Other"), NOW);
      unitOfWork.inControl(() -> tenants.save(other));
    }
  }

  @Test
  void givenTiesOnTheSortKey_thenPagesFollowTheUnfilteredOrderWithoutGapsOrRepeats() {
    for (SortOrder<TenantSort> sort :
        List.of(
            TenantQuery.DEFAULT_SORT,
            SortOrder.desc(TenantSort.CREATED_AT),
            SortOrder.desc(TenantSort.NAME),
            SortOrder.asc(TenantSort.STATUS))) {
      List<TenantId> expected =
          pages(Optional.empty(), Optional.empty(), sort, 100).stream()
              .filter(matching::contains)
              .toList();

      assertThat(pages(Optional.of(word), Optional.empty(), sort, 3)).isEqualTo(expected);
      assertThat(expected).hasSize(7);
    }
  }

  @Test
  void givenTextAndStatus_thenBothFilterAndTheTotalCountsTheMatches() {
    Page<Tenant> page =
        search(
            Optional.of(word.toUpperCase()),
            Optional.of(TenantStatus.ACTIVE),
            new PageRequest<>(0, 2, TenantQuery.DEFAULT_SORT));

    assertThat(page.items()).hasSize(2);
    assertThat(page.total()).isEqualTo(6);
    assertThat(page.totalExact()).isTrue();
  }

  @Test
  void givenText_thenTheRestOfThatTransactionIsPlannedForItsValuesAndTheNextIsNot() {
    String during =
        unitOfWork.inControl(
            () -> {
              tenants.search(
                  new TenantQuery(
                      Optional.of(word),
                      Optional.empty(),
                      PageRequest.first(TenantQuery.DEFAULT_SORT)));
              return planCacheMode();
            });
    String after = unitOfWork.inControl(this::planCacheMode);

    assertThat(during).isEqualTo("force_custom_plan");
    assertThat(after).isEqualTo("auto");
  }

  private String planCacheMode() {
    return (String)
        entityManager
            .createNativeQuery("select current_setting('plan_cache_mode')")
            .getSingleResult();
  }

  /** The ids of every page of the query, in page order. */
  private List<TenantId> pages(
      Optional<String> text, Optional<TenantStatus> status, SortOrder<TenantSort> sort, int size) {
    int pages = (int) (search(text, status, new PageRequest<>(0, size, sort)).total() / size + 1);
    return IntStream.range(0, pages)
        .mapToObj(p -> search(text, status, new PageRequest<>(p, size, sort)))
        .flatMap(page -> page.items().stream())
        .map(Tenant::id)
        .toList();
  }

  private Page<Tenant> search(
      Optional<String> text, Optional<TenantStatus> status, PageRequest<TenantSort> page) {
    return unitOfWork.inControl(() -> tenants.search(new TenantQuery(text, status, page)));
  }

  private static String rnd() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
