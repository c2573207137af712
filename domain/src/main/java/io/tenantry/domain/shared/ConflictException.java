package io.tenantry.domain.shared;

/** A change collides with existing state: a duplicate e-mail or slug, the last owner. */
public class ConflictException extends DomainException {
  public ConflictException(String code, String message) {
    super(code, message);
  }
}
