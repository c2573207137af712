package io.tenantry.application.mail;

/** Stores mail in the current unit of work; a dispatcher delivers it after commit. */
public interface MailOutbox {
  void enqueue(OutboundMail mail);
}
