package io.tenantry.domain.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the number of matching items: exact, or, where counting every match would
 * cost too much, a lower bound ({@code totalExact} false: more than {@code total} items match).
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {
  public Page {
    items = List.copyOf(items);
  }

  /** A page whose total is exact. */
  public Page(List<T> items, int page, int size, long total) {
    this(items, page, size, total, true);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalExact);
  }
}
