package io.tenantry.application.fakes;

import io.tenantry.application.mail.MailOutbox;
import io.tenantry.application.mail.OutboundMail;
import java.util.ArrayList;
import java.util.List;

/** Keeps every queued mail for the test to read. */
public final class RecordingMailOutbox implements MailOutbox {
  private final List<OutboundMail> mails = new ArrayList<>();

  @Override
  public void enqueue(OutboundMail mail) {
    mails.add(mail);
  }

  public List<OutboundMail> mails() {
    return List.copyOf(mails);
  }

  /** The latest mail to {@code recipient}. */
  public OutboundMail lastTo(String recipient) {
    return mails.stream()
        .filter(m -> m.recipient().value().equals(recipient))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no mail to " + recipient));
  }

  /** The token in the link of the latest mail to {@code recipient}. */
  public String tokenSentTo(String recipient) {
    String link = lastTo(recipient).values().get("link");
    return link.substring(link.indexOf("token=") + "token=".length());
  }
}
