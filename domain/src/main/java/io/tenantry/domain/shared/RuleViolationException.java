package io.tenantry.domain.shared;

import java.util.List;

/** Input that breaks a domain rule; carries the offending field so clients can point at it. */
public class RuleViolationException extends DomainException {
  private final List<FieldError> errors;

  public RuleViolationException(String field, String message) {
    this("validation_failed", field, message);
  }

  public RuleViolationException(String code, String field, String message) {
    super(code, message);
    this.errors = List.of(new FieldError(field, message));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** One rejected field and why. */
  public record FieldError(String field, String message) {}
}
