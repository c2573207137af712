package io.tenantry.application.shared;

import io.tenantry.domain.shared.UnavailableException;
import io.tenantry.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What a scheduled pass over tenants did: how much it did (trails anchored, rows purged) and the
 * tenants it failed on. One tenant's failure (its schema dropped by hand, say) does not stop the
 * others, and its work is left for the next pass; the database unavailable ends the pass, as every
 * other tenant would fail the same way.
 */
public record TenantPass(long done, List<Failure> failed) {

  public TenantPass {
    failed = List.copyOf(failed);
  }

  /** One tenant the pass could not do, and why. */
  public record Failure(TenantId tenant, RuntimeException cause) {}

  /** Runs {@code work} for each item, one tenant's at a time, and adds up what it returns. */
  public static <T> TenantPass over(
      Iterable<T> items, Function<T, TenantId> tenantOf, ToLongFunction<T> work) {
    long done = 0;
    List<Failure> failed = new ArrayList<>();
    for (T item : items) {
      try {
        done += work.applyAsLong(item);
      } catch (UnavailableException e) {
        throw e;
      } catch (RuntimeException e) {
        failed.add(new Failure(tenantOf.apply(item), e));
      }
    }
    return new TenantPass(done, failed);
  }
}
