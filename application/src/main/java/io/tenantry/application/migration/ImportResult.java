package io.tenantry.application.migration;

import java.util.Comparator;
import java.util.List;

/** How many rows became users, and the rows that did not, in request order. */
public record ImportResult(int created, List<ImportFailure> failed) {
  public ImportResult {
    failed = failed.stream().sorted(Comparator.comparingInt(ImportFailure::index)).toList();
  }
}
