package io.tenantry.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.mail.MailDeliveryException;
import io.tenantry.application.mail.MailSender;
import io.tenantry.application.mail.MailTemplate;
import io.tenantry.application.mail.QueuedMail;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an outbox mail with its Qute templates (subject, text and HTML) and sends it with
 * quarkus-mailer. The Message-ID is derived from the outbox id, so a resend is recognisably the
 * same mail.
 */
public final class QuteMailSender implements MailSender {
  private static final Map<MailTemplate, String> SUBJECTS =
      Map.of(
          MailTemplate.INVITATION, "You are invited to {tenant_name}",
          MailTemplate.EMAIL_VERIFICATION, "Confirm your e-mail address for {tenant_name}",
          MailTemplate.PASSWORD_RESET, "Reset your {tenant_name} password");

  private final Mailer mailer;
  private final Engine engine;
  private final String from;
  private final String messageIdDomain;

  public QuteMailSender(Mailer mailer, Engine engine, String from) {
    this.mailer = mailer;
    this.engine = engine;
    this.from = from;
    this.messageIdDomain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "tenantry";
  }

  @Override
  public void send(QueuedMail queued) {
    String name = queued.template().name().toLowerCase(Locale.ROOT);
    Map<String, String> data = queued.values();
    Mail mail =
        Mail.withText(
                queued.recipient(),
                render(engine.parse(SUBJECTS.get(queued.template())), data),
                render(template("mail/" + name + ".txt"), data))
            .setHtml(render(template("mail/" + name + ".html"), data))
            .setFrom(from)
            .addHeader("Message-ID", "<" + queued.id() + "@" + messageIdDomain + ">");
    try {
      mailer.send(mail);
    } catch (RuntimeException e) {
      throw new MailDeliveryException("the mail server did not accept the mail", e);
    }
  }

  private static String render(Template template, Map<String, String> data) {
    TemplateInstance instance = template.instance();
    data.forEach(instance::data);
    return instance.render();
  }

  private Template template(String id) {
    Template template = engine.getTemplate(id);
    if (template == null) {
      throw new IllegalStateException("missing mail template " + id);
    }
    return template;
  }
}
