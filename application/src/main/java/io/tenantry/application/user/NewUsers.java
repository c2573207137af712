package io.tenantry.application.user;

import io.tenantry.application.event.DomainEvent;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.token.OneTimeTokens;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.util.Optional;
import java.util.function.Function;

/**
 * How every new account joins a tenant, in the caller's unit of work: it is stored, the link it
 * needs to get in (an invitation, an address to verify) is mailed, and the event that announces it
 * is published; registration, invitation, import and a new tenant's owner all go this way.
 */
public final class NewUsers {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final OneTimeTokens links;
  private final DomainEvents events;

  public NewUsers(
      UnitOfWork unitOfWork, UserRepository users, OneTimeTokens links, DomainEvents events) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.links = links;
    this.events = events;
  }

  /** {@link #add} in a unit of work of its own; the new account as the API shows it. */
  public UserView addAlone(
      TenantSnapshot tenant,
      User user,
      Optional<TokenPurpose> link,
      Function<User, DomainEvent> announced) {
    return unitOfWork.inTenant(tenant.ref(), () -> UserView.of(add(tenant, user, link, announced)));
  }

  /** Stores {@code user}, mails it {@code link} when given, and publishes what it announces. */
  public User add(
      TenantSnapshot tenant,
      User user,
      Optional<TokenPurpose> link,
      Function<User, DomainEvent> announced) {
    User saved = users.save(user);
    announce(tenant, saved, link, announced.apply(saved));
    return saved;
  }

  /** The link and the event of an account already stored (an import stores a batch at once). */
  public void announce(
      TenantSnapshot tenant, User user, Optional<TokenPurpose> link, DomainEvent announced) {
    link.ifPresent(purpose -> links.issue(tenant, user, purpose));
    events.publish(announced);
  }
}
