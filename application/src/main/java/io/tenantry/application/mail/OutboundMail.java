package io.tenantry.application.mail;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Email;
import java.util.Map;

/**
 * A mail to send once the use case commits: which template, to whom, and the values it shows. The
 * values may hold a one-time link, so the outbox scrubs them once the mail is sent.
 */
public record OutboundMail(
    TenantId tenant, Email recipient, MailTemplate template, Map<String, String> values) {
  public OutboundMail {
    values = Map.copyOf(values);
  }

  @Override
  public String toString() {
    return "OutboundMail[" + template + " to " + recipient + "]";
  }
}
