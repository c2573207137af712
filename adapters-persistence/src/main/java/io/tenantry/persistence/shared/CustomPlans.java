package io.tenantry.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Has PostgreSQL plan the rest of the current transaction's statements for their actual parameter
 * values, not once for any value.
 */
@ApplicationScoped
public class CustomPlans {

  // Local to the transaction: the pooled connection goes back with the server's default.
  private static final String FORCE_CUSTOM =
      "select set_config('plan_cache_mode', 'force_custom_plan', true) as mode";

  @Inject EntityManager entityManager;

  /**
   * For a filtered list: once the driver prepares a statement on the server, PostgreSQL may switch
   * to a generic plan, which cannot see the filter's value. Filter values are skewed (a role held
   * by one user among 100,000, status {@code invited}, a rare audit type, a text pattern that
   * matches a handful of rows): the generic plan walks the sort key's or the primary key's index
   * and tests every row, hundreds of milliseconds where the value's own plan reads a few index
   * pages. A text pattern ({@code like '%…%'}) is invisible to a generic plan altogether, so the
   * trigram index is never asked. Planning each filtered list costs a fraction of a millisecond; an
   * unfiltered list keeps the cached plan.
   */
  public void forFiltered(Conditions where) {
    if (where.filtered()) {
      entityManager
          .createNativeQuery(FORCE_CUSTOM)
          .unwrap(NativeQuery.class)
          .addScalar("mode", StandardBasicTypes.STRING)
          .getSingleResult();
    }
  }
}
