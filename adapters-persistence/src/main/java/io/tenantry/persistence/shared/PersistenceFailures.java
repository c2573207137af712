package io.tenantry.persistence.shared;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.shared.UnavailableException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Turns database failures into domain conflicts, or into "unavailable" when the database cannot
 * serve, once, at the edge of the unit of work; messages are fixed texts so that no SQL or data
 * ever reaches a client.
 */
final class PersistenceFailures {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String FOREIGN_KEY_VIOLATION = "23503";

  /**
   * {@code character_not_in_repertoire} (a NUL byte in text) and {@code untranslatable_character}:
   * input PostgreSQL cannot store or compare. The REST edge validates text first; this is the net.
   */
  private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05");

  private PersistenceFailures() {}

  static RuntimeException translate(RuntimeException failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DomainException domain) {
        return domain;
      }
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return new ConflictException(
            "version_conflict", "the resource was changed by someone else; reload and retry");
      }
      if (isUniqueViolation(t)) {
        return uniqueConflict(constraintText(t));
      }
      if (t instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
        Optional<DomainException> role = RoleReferences.translate(sql.getMessage());
        if (role.isPresent()) {
          return role.get();
        }
      }
      // Not every SQLException has a SQLSTATE (a closed connection, the pool's timeouts), and
      // Set.of(...).contains(null) throws.
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && UNSTORABLE_TEXT.contains(sql.getSQLState())) {
        return new RuleViolationException(
            "request", "contains characters that cannot be stored (such as NUL)");
      }
    }
    Optional<UnavailableException> unavailable = DatabaseUnavailability.classify(failure);
    if (unavailable.isPresent()) {
      return unavailable.get();
    }
    if (failure instanceof QuarkusTransactionException && failure.getCause() != null) {
      // The transaction API wraps only checked exceptions; hand back what the work threw.
      return failure.getCause() instanceof RuntimeException runtime ? runtime : failure;
    }
    return failure;
  }

  private static boolean isUniqueViolation(Throwable t) {
    if (t instanceof ConstraintViolationException cve) {
      return cve.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
          || UNIQUE_VIOLATION.equals(cve.getSQLState());
    }
    return t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
  }

  private static String constraintText(Throwable t) {
    if (t instanceof ConstraintViolationException cve && cve.getConstraintName() != null) {
      return cve.getConstraintName();
    }
    // The driver names the constraint in its message; it is only matched, never shown.
    String message =
        t instanceof ConstraintViolationException cve
            ? cve.getSQLException().getMessage()
            : t.getMessage();
    return message == null ? "" : message;
  }

  private static ConflictException uniqueConflict(String constraint) {
    String text = constraint.toLowerCase(Locale.ROOT);
    if (text.contains("users_email_key")) {
      return new ConflictException("email_taken", "the e-mail address is already in use");
    }
    if (text.contains("tenants_slug_key")) {
      return new ConflictException("slug_taken", "slug is already taken");
    }
    if (text.contains("roles_pkey")) {
      return new ConflictException("role_taken", "a role with this name exists");
    }
    return new ConflictException("conflict", "the change collides with existing data");
  }
}
