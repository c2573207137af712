package io.tenantry.domain.shared;

/** Which slice of a list to return and in what order; size is capped at {@value #MAX_SIZE}. */
public record PageRequest<F extends Enum<F>>(int page, int size, SortOrder<F> sort) {
  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;

  public PageRequest {
    if (page < 0) {
      throw new RuleViolationException("page", "must be greater than or equal to 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new RuleViolationException("size", "must be between 1 and " + MAX_SIZE);
    }
    Require.present(sort, "sort");
  }

  /** The first page of the default size. */
  public static <F extends Enum<F>> PageRequest<F> first(SortOrder<F> sort) {
    return new PageRequest<>(0, DEFAULT_SIZE, sort);
  }

  public int offset() {
    return page * size;
  }
}
