package io.tenantry.rest.mfa;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ten single-use recovery codes, shown once (only their hashes are kept). */
@Schema(name = "RecoveryCodes", description = "Ten single-use recovery codes, shown once")
public record RecoveryCodesResponse(List<String> recoveryCodes) {
  @Override
  public String toString() {
    return "RecoveryCodesResponse[redacted]";
  }
}
