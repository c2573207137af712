package io.tenantry.application.user;

import io.tenantry.application.audit.AuditTrail;
import io.tenantry.application.auth.SessionGuard;
import io.tenantry.application.mail.AccountMails;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.Enums;
import io.tenantry.application.shared.Paging;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.shared.Versions;
import io.tenantry.application.tenant.TenantDirectory;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditTarget;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/** The users of the caller's tenant: the directory, mails, status, roles and removal. */
public final class UserService {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final TenantDirectory tenants;
  private final AccountMails mails;
  private final Ownership ownership;
  private final SessionGuard guard;
  private final AuditTrail audit;
  private final Clock clock;

  public UserService(
      UnitOfWork unitOfWork,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      TenantDirectory tenants,
      AccountMails mails,
      SessionGuard guard,
      AuditTrail audit,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.tenants = tenants;
    this.mails = mails;
    this.ownership = new Ownership(users);
    this.guard = guard;
    this.audit = audit;
    this.clock = clock;
  }

  public UserView me(Actor actor) {
    return unitOfWork.inTenant(actor.tenant(), () -> UserView.of(load(actor.userId())));
  }

  public UserView renameMe(Actor actor, String displayName) {
    DisplayName name = new DisplayName(displayName);
    return unitOfWork.inTenant(
        actor.tenant(),
        () -> {
          User user = load(actor.userId());
          user.rename(name, clock.instant());
          audit.record(
              AuditEventType.USER_UPDATED,
              actor,
              AuditTarget.user(user.id()),
              Map.of("display_name", name.value()));
          return UserView.of(users.save(user));
        });
  }

  public Page<UserView> search(Actor actor, SearchUsersQuery query) {
    actor.require(Permission.USERS_READ);
    UserQuery parsed =
        new UserQuery(
            Paging.text(query.text()),
            Paging.text(query.status()).map(s -> Enums.parse(UserStatus.class, s, "status")),
            Paging.text(query.role()).map(Role::new),
            Paging.of(
                query.page(),
                query.size(),
                query.sort(),
                UserQuery.SORTABLE,
                UserQuery.DEFAULT_SORT));
    return unitOfWork.inTenant(actor.tenant(), () -> users.search(parsed).map(UserView::of));
  }

  public UserView get(Actor actor, UUID id) {
    actor.require(Permission.USERS_READ);
    return unitOfWork.inTenant(actor.tenant(), () -> UserView.of(load(new UserId(id))));
  }

  /** Creates an invited user and queues the invitation mail, in one unit of work. */
  public UserView invite(Actor actor, InviteUserCommand command) {
    actor.require(Permission.USERS_WRITE);
    Email email = new Email(command.email());
    DisplayName name = new DisplayName(command.displayName());
    Set<Role> roles = RoleRules.parse(command.roles());
    roles.forEach(role -> RoleRules.requireAssignable(actor, role));
    Tenant tenant = tenants.byId(actor.tenantId()).orElseThrow();
    return unitOfWork.inTenant(
        actor.tenant(),
        () -> {
          User invited = users.save(User.invite(tenant.id(), email, name, roles, clock.instant()));
          mails.sendInvitation(tenant, invited);
          audit.record(
              AuditEventType.USER_CREATED,
              actor,
              AuditTarget.user(invited.id()),
              Map.of("via", "invitation", "email", email.value(), "roles", RoleRules.names(roles)));
          return UserView.of(invited);
        });
  }

  public UserView update(Actor actor, UUID id, UpdateUserCommand command) {
    actor.require(Permission.USERS_WRITE);
    var name = command.displayName().map(DisplayName::new);
    var status = command.status().map(s -> Enums.parse(UserStatus.class, s, "status"));
    UserView view =
        unitOfWork.inTenant(
            actor.tenant(),
            () -> {
              boolean disabling = status.filter(s -> s == UserStatus.DISABLED).isPresent();
              long owners = disabling ? ownership.lock() : 0;
              User user = loadManageable(actor, id, command.expectedVersion());
              Instant now = clock.instant();
              name.ifPresent(n -> user.rename(n, now));
              if (disabling) {
                ownership.requireAnotherOwner(user, owners);
                user.disable(now);
                refreshTokens.revokeAllOf(user.id(), now);
              } else if (status.isPresent() && status.get() == UserStatus.ACTIVE) {
                user.activate(now);
              } else if (status.isPresent()) {
                throw new io.tenantry.domain.shared.RuleViolationException(
                    "status", "must be one of: active, disabled");
              }
              User saved = users.save(user);
              recordUpdate(actor, saved, name.map(DisplayName::value), status, disabling);
              return UserView.of(saved);
            });
    guard.invalidate(new UserId(id));
    return view;
  }

  /** Replaces the roles; the caller must be able to grant every role added or removed. */
  public UserView setRoles(Actor actor, UUID id, List<String> roleNames, OptionalLong expected) {
    actor.require(Permission.ROLES_ASSIGN);
    Set<Role> roles = RoleRules.parse(roleNames);
    UserView view =
        unitOfWork.inTenant(
            actor.tenant(),
            () -> {
              long owners = ownership.lock();
              User user = load(new UserId(id));
              Versions.check(expected, user.version());
              Set<Role> changed = RoleRules.changed(user.roles(), roles);
              changed.forEach(role -> RoleRules.requireAssignable(actor, role));
              if (!roles.contains(Role.OWNER)) {
                ownership.requireAnotherOwner(user, owners);
              }
              Set<Role> before = user.roles();
              user.assignRoles(roles, clock.instant());
              User saved = users.save(user);
              audit.record(
                  AuditEventType.USER_ROLES_CHANGED,
                  actor,
                  AuditTarget.user(saved.id()),
                  Map.of("from", RoleRules.names(before), "to", RoleRules.names(saved.roles())));
              return UserView.of(saved);
            });
    guard.invalidate(new UserId(id));
    return view;
  }

  public void unlock(Actor actor, UUID id) {
    actor.require(Permission.USERS_WRITE);
    unitOfWork.inTenant(
        actor.tenant(),
        () -> {
          User user = loadManageable(actor, id, OptionalLong.empty());
          user.recordUnlock(clock.instant());
          users.save(user);
          audit.record(
              AuditEventType.USER_UPDATED,
              actor,
              AuditTarget.user(user.id()),
              Map.of("change", "unlocked"));
        });
  }

  public void delete(Actor actor, UUID id) {
    actor.require(Permission.USERS_DELETE);
    unitOfWork.inTenant(
        actor.tenant(),
        () -> {
          long owners = ownership.lock();
          User user = loadManageable(actor, id, OptionalLong.empty());
          ownership.requireAnotherOwner(user, owners);
          users.delete(user.id());
          audit.record(
              AuditEventType.USER_DELETED,
              actor,
              AuditTarget.user(user.id()),
              Map.of("email", user.email().value()));
        });
    guard.invalidate(new UserId(id));
  }

  /** A disable is its own event; other changes (name, re-activation) are an update. */
  private void recordUpdate(
      Actor actor,
      User user,
      java.util.Optional<String> name,
      java.util.Optional<UserStatus> status,
      boolean disabling) {
    AuditTarget target = AuditTarget.user(user.id());
    if (disabling) {
      audit.record(AuditEventType.USER_DISABLED, actor, target, Map.of());
    }
    Map<String, String> changes = new java.util.TreeMap<>();
    name.ifPresent(n -> changes.put("display_name", n));
    status.filter(s -> s == UserStatus.ACTIVE).ifPresent(s -> changes.put("status", "active"));
    if (!changes.isEmpty()) {
      audit.record(AuditEventType.USER_UPDATED, actor, target, changes);
    }
  }

  /** Loads a user the actor may manage: nobody manages someone holding a role they cannot grant. */
  private User loadManageable(Actor actor, UUID id, OptionalLong expected) {
    User user = load(new UserId(id));
    Versions.check(expected, user.version());
    if (!user.id().equals(actor.userId())) {
      user.roles().forEach(role -> RoleRules.requireAssignable(actor, role));
    }
    return user;
  }

  private User load(UserId id) {
    return users.findById(id).orElseThrow(() -> new NotFoundException("user not found"));
  }
}
