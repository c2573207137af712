package io.tenantry.application.mail;

/**
 * Renders and hands a mail to the mail server; throws {@link MailDeliveryException} if it can't.
 */
public interface MailSender {
  void send(QueuedMail mail);
}
