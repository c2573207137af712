package io.tenantry.bootstrap.wiring;

import io.tenantry.application.auth.AuthSettings;
import io.tenantry.bootstrap.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The clock and the authentication settings; the crypto adapters produce their own beans. */
@ApplicationScoped
public class InfrastructureProducers {

  @Produces
  @Singleton
  Clock clock() {
    // Microseconds: what PostgreSQL stores, so a timestamp reads back exactly as it was written.
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }

  @Produces
  @Singleton
  AuthSettings authSettings(AppConfig config) {
    AppConfig.Auth auth = config.auth();
    return new AuthSettings(
        auth.accessTokenTtl(),
        auth.refreshTokenTtl(),
        auth.invitationTtl(),
        auth.verificationTtl(),
        auth.passwordResetTtl(),
        auth.securityCacheTtl(),
        config.publicUrl().replaceAll("/+$", ""),
        auth.sessionMaxLifetime());
  }
}
