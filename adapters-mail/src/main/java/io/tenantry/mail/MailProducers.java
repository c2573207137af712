package io.tenantry.mail;

import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Engine;
import io.tenantry.application.mail.MailDispatcher;
import io.tenantry.application.mail.MailQueue;
import io.tenantry.application.mail.MailSender;
import io.tenantry.application.shared.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The outbox dispatcher and the SMTP sender behind it. */
@ApplicationScoped
public class MailProducers {

  @Produces
  @Singleton
  MailSender mailSender(Mailer mailer, Engine engine, MailConfig config) {
    return new QuteMailSender(mailer, engine, config.from());
  }

  @Produces
  @Singleton
  MailDispatcher mailDispatcher(
      UnitOfWork unitOfWork, MailQueue queue, MailSender sender, MailConfig mail, Clock clock) {
    return new MailDispatcher(unitOfWork, queue, sender, mail.retryPolicy(), clock);
  }
}
