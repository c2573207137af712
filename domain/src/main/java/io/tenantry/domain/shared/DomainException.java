package io.tenantry.domain.shared;

/** Base of every rule the domain refuses; {@link #code()} is the stable word clients see. */
public abstract class DomainException extends RuntimeException {
  private final String code;

  protected DomainException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
