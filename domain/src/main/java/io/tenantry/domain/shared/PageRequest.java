package io.tenantry.domain.shared;

/**
 * Which slice of a list to return and in what order; size is capped at {@value #MAX_SIZE} and the
 * offset (page × size, computed in {@code long}) at {@value #MAX_OFFSET}: deeper pages are refused
 * rather than overflowing into a negative offset or a scan of millions of rows.
 */
public record PageRequest<F extends Enum<F>>(int page, int size, SortOrder<F> sort) {
  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;
  public static final long MAX_OFFSET = 10_000_000L;

  public PageRequest {
    if (page < 0) {
      throw new RuleViolationException("page", "must be greater than or equal to 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new RuleViolationException("size", "must be between 1 and " + MAX_SIZE);
    }
    if ((long) page * size > MAX_OFFSET) {
      throw new RuleViolationException("page", "page × size must not exceed " + MAX_OFFSET);
    }
    Require.present(sort, "sort");
  }

  /** The first page of the default size. */
  public static <F extends Enum<F>> PageRequest<F> first(SortOrder<F> sort) {
    return new PageRequest<>(0, DEFAULT_SIZE, sort);
  }

  /** Fits an int: the constructor caps it at {@value #MAX_OFFSET}. */
  public int offset() {
    return Math.toIntExact((long) page * size);
  }
}
