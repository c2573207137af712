package io.tenantry.application.mail;

/** The mail server did not take the mail; the outbox will try again. */
public class MailDeliveryException extends RuntimeException {
  public MailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
