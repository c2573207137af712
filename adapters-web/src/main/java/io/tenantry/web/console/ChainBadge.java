package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.domain.audit.ChainVerification;

/** The audit chain's verification result as the console shows it: green and intact, or red. */
@TemplateData
public record ChainBadge(boolean intact, String text, String detail) {

  static ChainBadge of(ChainVerification result) {
    String anchored =
        result.anchoredAt().map(at -> ", last anchored " + UserRow.time(at)).orElse("");
    if (result.valid()) {
      return new ChainBadge(
          true, "Chain intact", result.checked() + " events verified" + anchored + ".");
    }
    String where = result.firstBroken().map(id -> " at event " + id.value()).orElse("");
    return new ChainBadge(
        false,
        "Chain broken",
        "Verification failed (" + result.reason().orElse("altered") + ")" + where + anchored + ".");
  }
}
