package io.tenantry.application.access;

import io.tenantry.application.event.UserChanged;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordAttempt;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user repository, announcing every saved user as {@link UserChanged}: the cached copy of a
 * user ({@code GET /users/me} is answered from it) is dropped whatever use case wrote the row, also
 * one that publishes no domain event of its own.
 */
public final class ChangedUsers implements UserRepository {
  private final UserRepository users;
  private final DomainEvents events;

  public ChangedUsers(UserRepository users, DomainEvents events) {
    this.users = users;
    this.events = events;
  }

  @Override
  public User save(User user) {
    User saved = users.save(user);
    events.publish(new UserChanged(saved.tenantId(), saved.id()));
    return saved;
  }

  @Override
  public Optional<User> findById(UserId id) {
    return users.findById(id);
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return users.findByEmail(email);
  }

  @Override
  public Page<User> search(UserQuery query) {
    return users.search(query);
  }

  @Override
  public void delete(UserId id) {
    users.delete(id);
  }

  @Override
  public long count() {
    return users.count();
  }

  @Override
  public PasswordAttempt countPasswordAttempt(UserId id, Instant now, LockoutPolicy policy) {
    return users.countPasswordAttempt(id, now, policy);
  }

  @Override
  public long lockAndCountActiveOwners() {
    return users.lockAndCountActiveOwners();
  }

  @Override
  public Set<Email> existingEmails(Collection<Email> emails) {
    return users.existingEmails(emails);
  }

  /** New users, in one batch as the repository does it: nothing can have cached them yet. */
  @Override
  public void addAll(List<User> added) {
    users.addAll(added);
  }
}
