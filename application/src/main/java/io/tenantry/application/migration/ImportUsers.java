package io.tenantry.application.migration;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.event.UserImported;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.RoleRules;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.token.OneTimeTokens;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings users over from another system, each row in its own unit of work: a bad row (a duplicate
 * address, a role the caller cannot grant, a hash format nobody here can verify) is reported and
 * never stops the others, and no row half-exists. Hashes are stored as given, not computed, and
 * upgraded to Argon2id on the user's first login. A row without a hash becomes an active account
 * without a password, reached through a password reset, or, when {@code invite} is asked, an
 * invitation with its mail.
 */
public final class ImportUsers {
  /** The most rows one call takes. */
  public static final int MAX_ROWS = 1_000;

  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final OneTimeTokens oneTimeTokens;
  private final DomainEvents events;
  private final Clock clock;

  public ImportUsers(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      PasswordHasher hasher,
      OneTimeTokens oneTimeTokens,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.hasher = hasher;
    this.oneTimeTokens = oneTimeTokens;
    this.events = events;
    this.clock = clock;
  }

  /** Imports {@code rows}; {@code rejected} are rows the caller's door already refused. */
  public ImportResult importUsers(
      Actor actor, List<ImportRow> rows, List<ImportFailure> rejected, boolean invite) {
    actor.require(Permission.USERS_WRITE);
    if (rows.size() + rejected.size() > MAX_ROWS) {
      throw new RuleViolationException("users", "at most " + MAX_ROWS + " users per call");
    }
    TenantSnapshot tenant = tenants.byId(actor.tenantId()).orElseThrow();
    List<ImportFailure> failed = new ArrayList<>(rejected);
    int created = 0;
    for (ImportRow row : rows) {
      try {
        importOne(actor, tenant, row, invite);
        created++;
      } catch (DomainException e) {
        failed.add(new ImportFailure(row.index(), e.code(), e.getMessage()));
      }
    }
    return new ImportResult(created, failed);
  }

  private void importOne(Actor actor, TenantSnapshot tenant, ImportRow row, boolean invite) {
    row.roles().forEach(role -> RoleRules.requireAssignable(actor, role));
    row.passwordHash()
        .filter(hash -> !hasher.recognises(hash))
        .ifPresent(
            hash -> {
              throw new RuleViolationException(
                  "unsupported_hash",
                  "password_hash",
                  "not a supported hash format (Argon2id/Argon2i PHC, bcrypt, scrypt, PBKDF2-SHA256)");
            });
    unitOfWork.inTenant(
        tenant.ref(),
        () -> {
          boolean invited = invite && row.passwordHash().isEmpty();
          User user =
              invited
                  ? User.invite(
                      tenant.id(), row.email(), row.displayName(), row.roles(), clock.instant())
                  : User.imported(
                      tenant.id(),
                      row.email(),
                      row.displayName(),
                      row.roles(),
                      row.passwordHash(),
                      row.emailVerified(),
                      clock.instant());
          User saved = users.save(user);
          if (invited) {
            oneTimeTokens.issue(tenant, saved, TokenPurpose.INVITATION);
          }
          events.publish(
              new UserImported(
                  actor.initiator(),
                  tenant.id(),
                  saved.id(),
                  saved.email(),
                  saved.roles(),
                  row.passwordHash().isPresent(),
                  row.externalId()));
        });
  }
}
