package io.tenantry.domain.shared;

/** The caller's expected version no longer matches (If-Match). */
public class PreconditionFailedException extends DomainException {
  public PreconditionFailedException(String message) {
    super("version_conflict", message);
  }

  public PreconditionFailedException(String code, String message) {
    super(code, message);
  }
}
