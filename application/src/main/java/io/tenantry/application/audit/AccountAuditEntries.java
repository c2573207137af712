package io.tenantry.application.audit;

import static io.tenantry.application.audit.EntryShapes.changed;
import static io.tenantry.application.audit.EntryShapes.lower;
import static io.tenantry.application.audit.EntryShapes.user;

import io.tenantry.application.event.AccountLocked;
import io.tenantry.application.event.EmailVerified;
import io.tenantry.application.event.InvitationAccepted;
import io.tenantry.application.event.LoggedOut;
import io.tenantry.application.event.LoginFailed;
import io.tenantry.application.event.LoginSucceeded;
import io.tenantry.application.event.PasswordChanged;
import io.tenantry.application.event.PasswordReset;
import io.tenantry.application.event.SessionsRevoked;
import io.tenantry.application.event.TokenReuseDetected;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditTarget;
import java.time.Instant;
import java.util.Map;

/** The audit entries of the session, password, registration and invitation flows. */
final class AccountAuditEntries {
  private AccountAuditEntries() {}

  static void register(AuditEntries entries) {
    entries.on(LoginSucceeded.class, e -> user(AuditEventType.LOGIN_SUCCEEDED, e.user(), Map.of()));
    entries.on(
        LoginFailed.class,
        e ->
            new AuditEntries.Entry(
                AuditEventType.LOGIN_FAILED,
                e.user().map(AuditTarget::user).orElse(AuditTarget.NONE),
                Map.of("email", e.email().value(), "reason", lower(e.reason()))));
    entries.on(
        AccountLocked.class,
        e ->
            user(
                AuditEventType.ACCOUNT_LOCKED,
                e.user(),
                Map.of("locked_until", e.lockedUntil().map(Instant::toString).orElse(""))));
    entries.on(
        LoggedOut.class,
        e -> user(AuditEventType.LOGOUT, e.user(), Map.of("scope", lower(e.scope()))));
    entries.on(
        TokenReuseDetected.class,
        e ->
            user(
                AuditEventType.TOKEN_REUSE_DETECTED,
                e.user(),
                Map.of("family_id", e.familyId().toString())));
    entries.on(
        SessionsRevoked.class,
        e ->
            user(
                AuditEventType.SESSION_REVOKED,
                e.user(),
                Map.of(
                    "scope", lower(e.scope()),
                    "session_id", e.session().map(Object::toString).orElse(""))));
    entries.on(PasswordReset.class, e -> user(AuditEventType.PASSWORD_RESET, e.user(), Map.of()));
    entries.on(
        PasswordChanged.class, e -> user(AuditEventType.PASSWORD_CHANGED, e.user(), Map.of()));
    entries.on(EmailVerified.class, e -> changed(e.user(), "email_verified"));
    entries.on(InvitationAccepted.class, e -> changed(e.user(), "invitation_accepted"));
  }
}
