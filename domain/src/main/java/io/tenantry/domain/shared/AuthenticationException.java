package io.tenantry.domain.shared;

/** The caller could not be authenticated; always reported with one generic message. */
public class AuthenticationException extends DomainException {
  public AuthenticationException(String code, String message) {
    super(code, message);
  }
}
