package io.tenantry.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.tenantry.application.mail.OutboxSettings;

/**
 * Sending account mail from the outbox: the {@code app.mail.*} settings, typed. The defaults of the
 * inherited retry keys are in this module's {@code META-INF/microprofile-config.properties}.
 */
@ConfigMapping(prefix = "app.mail")
public interface MailConfig extends OutboxSettings {
  @WithDefault("no-reply@localhost")
  String from();

  /** How long after the scheduler starts the first dispatch runs: past the end of the start. */
  @WithDefault("5s")
  String dispatchDelay();
}
