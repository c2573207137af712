package io.tenantry.application.migration;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.event.UserImported;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.RoleRules;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.user.NewUsers;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Brings users over from another system. Every row is checked first (a role the caller cannot
 * grant, a hash format nobody here can verify, an address already taken or repeated in the call);
 * the rows that pass are created together in one unit of work, with one audit append. If that unit
 * of work still fails (another request took an address in between), it leaves nothing behind and
 * the rows are created again each in its own unit of work, so a bad row never stops the others and
 * no row half-exists. Hashes are stored as given, not computed, and upgraded to Argon2id on the
 * user's first login. A row without a hash becomes an active account without a password, reached
 * through a password reset, or, when {@code invite} is asked, an invitation with its mail.
 */
public final class ImportUsers {
  /** The most rows one call takes. */
  public static final int MAX_ROWS = 1_000;

  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final NewUsers newUsers;
  private final Clock clock;

  public ImportUsers(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      PasswordHasher hasher,
      NewUsers newUsers,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.hasher = hasher;
    this.newUsers = newUsers;
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
    List<ImportRow> valid = new ArrayList<>();
    for (ImportRow row : rows) {
      try {
        check(actor, row);
        valid.add(row);
      } catch (DomainException e) {
        failed.add(failure(row, e));
      }
    }
    List<ImportFailure> taken = new ArrayList<>();
    try {
      int created =
          unitOfWork.inTenant(tenant.ref(), () -> createAll(actor, tenant, valid, invite, taken));
      failed.addAll(taken);
      return new ImportResult(created, failed);
    } catch (DomainException batchFailed) {
      return new ImportResult(oneByOne(actor, tenant, valid, invite, failed), failed);
    }
  }

  private void check(Actor actor, ImportRow row) {
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
  }

  /** Creates the rows whose address is free (the first of a repeated one); reports the others. */
  private int createAll(
      Actor actor,
      TenantSnapshot tenant,
      List<ImportRow> rows,
      boolean invite,
      List<ImportFailure> taken) {
    Set<Email> used =
        new HashSet<>(users.existingEmails(rows.stream().map(ImportRow::email).toList()));
    List<ImportRow> fresh = new ArrayList<>();
    List<User> created = new ArrayList<>();
    for (ImportRow row : rows) {
      if (used.add(row.email())) {
        fresh.add(row);
        created.add(newUser(tenant, row, invite));
      } else {
        taken.add(
            new ImportFailure(row.index(), "email_taken", "the e-mail address is already in use"));
      }
    }
    users.addAll(created);
    for (int i = 0; i < created.size(); i++) {
      ImportRow row = fresh.get(i);
      User user = created.get(i);
      newUsers.announce(tenant, user, link(row, invite), imported(actor, tenant, row, user));
    }
    return created.size();
  }

  /** The slow, certain way: each row in its own unit of work. */
  private int oneByOne(
      Actor actor,
      TenantSnapshot tenant,
      List<ImportRow> rows,
      boolean invite,
      List<ImportFailure> failed) {
    int created = 0;
    for (ImportRow row : rows) {
      try {
        unitOfWork.inTenant(
            tenant.ref(),
            () ->
                newUsers.add(
                    tenant,
                    newUser(tenant, row, invite),
                    link(row, invite),
                    user -> imported(actor, tenant, row, user)));
        created++;
      } catch (DomainException e) {
        failed.add(failure(row, e));
      }
    }
    return created;
  }

  private User newUser(TenantSnapshot tenant, ImportRow row, boolean invite) {
    return invited(row, invite)
        ? User.invite(tenant.id(), row.email(), row.displayName(), row.roles(), clock.instant())
        : User.imported(
            tenant.id(),
            row.email(),
            row.displayName(),
            row.roles(),
            row.passwordHash(),
            row.emailVerified(),
            clock.instant());
  }

  /** The invitation mail where one is due. */
  private static Optional<TokenPurpose> link(ImportRow row, boolean invite) {
    return invited(row, invite) ? Optional.of(TokenPurpose.INVITATION) : Optional.empty();
  }

  /** The event the audit trail records. */
  private static UserImported imported(
      Actor actor, TenantSnapshot tenant, ImportRow row, User user) {
    return new UserImported(
        actor.initiator(),
        tenant.id(),
        user.id(),
        user.email(),
        user.roles(),
        row.passwordHash().isPresent(),
        row.externalId());
  }

  private static boolean invited(ImportRow row, boolean invite) {
    return invite && row.passwordHash().isEmpty();
  }

  private static ImportFailure failure(ImportRow row, DomainException e) {
    return new ImportFailure(row.index(), e.code(), e.getMessage());
  }
}
