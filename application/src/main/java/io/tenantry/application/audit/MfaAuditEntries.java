package io.tenantry.application.audit;

import static io.tenantry.application.audit.EntryShapes.lower;
import static io.tenantry.application.audit.EntryShapes.user;

import io.tenantry.application.event.MfaDisabled;
import io.tenantry.application.event.MfaEnabled;
import io.tenantry.application.event.MfaFailed;
import io.tenantry.application.event.MfaReset;
import io.tenantry.application.event.RecoveryCodeUsed;
import io.tenantry.application.event.RecoveryCodesRegenerated;
import io.tenantry.domain.audit.AuditEventType;
import java.util.Map;

/**
 * The audit entries of the MFA flows: never a secret, a code or a token, only who and what
 * happened.
 */
final class MfaAuditEntries {
  private MfaAuditEntries() {}

  static void register(AuditEntries entries) {
    entries.on(
        MfaEnabled.class,
        e -> user(AuditEventType.MFA_ENABLED, e.user(), Map.of("method", "totp")));
    entries.on(MfaDisabled.class, e -> user(AuditEventType.MFA_DISABLED, e.user(), Map.of()));
    entries.on(MfaReset.class, e -> user(AuditEventType.MFA_RESET, e.user(), Map.of()));
    entries.on(
        RecoveryCodesRegenerated.class,
        e -> user(AuditEventType.MFA_RECOVERY_CODES_REGENERATED, e.user(), Map.of()));
    entries.on(
        RecoveryCodeUsed.class,
        e -> user(AuditEventType.MFA_RECOVERY_CODE_USED, e.user(), Map.of()));
    entries.on(
        MfaFailed.class,
        e -> user(AuditEventType.MFA_FAILED, e.user(), Map.of("reason", lower(e.reason()))));
  }
}
