package io.tenantry.rest.user;

import io.tenantry.application.migration.ImportFailure;
import io.tenantry.application.migration.ImportResult;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did: how many users it created, and each row it did not, by index. */
@Schema(name = "ImportResult")
public record ImportResponse(int created, List<Failure> failed) {
  public static ImportResponse from(ImportResult result) {
    return new ImportResponse(
        result.created(), result.failed().stream().map(Failure::from).toList());
  }

  /** A row that was not imported. */
  @Schema(name = "ImportFailure")
  public record Failure(int index, String code, String message) {
    static Failure from(ImportFailure failure) {
      return new Failure(failure.index(), failure.code(), failure.message());
    }
  }
}
