package io.tenantry.domain.user;

import io.tenantry.domain.shared.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The users of the tenant the current unit of work is bound to. */
public interface UserRepository {
  /** Inserts or updates and returns the stored state; a duplicate e-mail is {@code email_taken}. */
  User save(User user);

  Optional<User> findById(UserId id);

  Optional<User> findByEmail(Email email);

  Page<User> search(UserQuery query);

  void delete(UserId id);

  long count();

  /**
   * Counts one password attempt on the user atomically (one statement, so N parallel attempts count
   * N), before the password is checked, and engages the lock when the count reaches the policy's
   * limit; attempts on a locked account neither count nor extend the lock. Does not change the
   * user's version: it is not an edit.
   */
  PasswordAttempt countPasswordAttempt(UserId id, Instant now, LockoutPolicy policy);

  /**
   * Serialises changes to the set of owners within the tenant until the unit of work ends, then
   * returns how many active owners there are.
   */
  long lockAndCountActiveOwners();

  /** Of these addresses, the ones a user of the tenant already has. */
  default Set<Email> existingEmails(Collection<Email> emails) {
    return emails.stream()
        .filter(email -> findByEmail(email).isPresent())
        .collect(Collectors.toSet());
  }

  /**
   * Inserts new users (never loaded before) in one go; a duplicate e-mail is {@code email_taken}
   * and fails them all, as the unit of work they are in.
   */
  default void addAll(List<User> users) {
    users.forEach(this::save);
  }
}
