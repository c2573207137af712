package io.tenantry.application.mail;

/** The account mails Tenantry sends. */
public enum MailTemplate {
  INVITATION,
  EMAIL_VERIFICATION,
  PASSWORD_RESET
}
