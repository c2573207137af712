package io.tenantry.domain.shared;

/** The thing asked for does not exist (or belongs to another tenant). */
public class NotFoundException extends DomainException {
  public NotFoundException(String message) {
    super("not_found", message);
  }

  public NotFoundException(String code, String message) {
    super(code, message);
  }
}
