package io.tenantry.rest.shared;

/** How a list's {@code total} reads when counting every match would cost too much. */
public final class ListTotals {
  /** The description of {@code total} on the lists whose count is bounded. */
  public static final String TOTAL =
      "Matching items: exact up to the server's count limit (app.lists.count-limit, 1,000 by"
          + " default, or further when the page asked reaches deeper); above it, the limit, with"
          + " total_exact false";

  /** The description of {@code total_exact}. */
  public static final String TOTAL_EXACT =
      "true: total is the exact number of matching items; false: more than total items match"
          + " (total is a lower bound), the following pages can still be asked for";

  private ListTotals() {}
}
