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
   * For a text search ({@code like '%…%'}): once the driver prepares a statement on the server,
   * PostgreSQL may switch to a generic plan, which cannot see the pattern; it then walks the sort
   * key's or the primary key's index and tests the text on every row instead of asking the trigram
   * index, even when the text matches a handful of rows. Planning each search costs a fraction of a
   * millisecond.
   */
  public void forThisTransaction() {
    entityManager
        .createNativeQuery(FORCE_CUSTOM)
        .unwrap(NativeQuery.class)
        .addScalar("mode", StandardBasicTypes.STRING)
        .getSingleResult();
  }
}
