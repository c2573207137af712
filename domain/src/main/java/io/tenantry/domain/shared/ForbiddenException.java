package io.tenantry.domain.shared;

/** The actor is known but may not do this. */
public class ForbiddenException extends DomainException {
  public ForbiddenException(String message) {
    super("forbidden", message);
  }

  public ForbiddenException(String code, String message) {
    super(code, message);
  }
}
