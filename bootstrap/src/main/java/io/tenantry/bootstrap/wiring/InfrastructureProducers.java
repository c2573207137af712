package io.tenantry.bootstrap.wiring;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.auth.BoundedPasswordHasher;
import io.tenantry.application.auth.IdTokens;
import io.tenantry.application.auth.IssuerUrls;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.bootstrap.config.AppConfig;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.security.Argon2PasswordHasher;
import io.tenantry.security.JwtAccessTokens;
import io.tenantry.security.JwtIdTokens;
import io.tenantry.security.JwtKeys;
import io.tenantry.security.SecureRandomTokens;
import io.tenantry.security.ZxcvbnCommonPasswords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Time, randomness, hashing, keys and settings: the driven adapters that live in bootstrap. */
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
  SecureTokens secureTokens() {
    return new SecureRandomTokens();
  }

  @Produces
  @Singleton
  PasswordHasher passwordHasher(AppConfig config) {
    AppConfig.Password password = config.password();
    AppConfig.Password.Argon2 argon2 = password.argon2();
    int slots =
        password.maxConcurrentHashes().orElseGet(() -> Runtime.getRuntime().availableProcessors());
    return new BoundedPasswordHasher(
        new Argon2PasswordHasher(argon2.memoryKib(), argon2.iterations(), argon2.parallelism()),
        slots,
        password.hashQueueTimeout());
  }

  @Produces
  @Singleton
  PasswordPolicy passwordPolicy() {
    return new PasswordPolicy(new ZxcvbnCommonPasswords());
  }

  /**
   * Created at start so that a production start without a key fails at once; {@code TenantryMain}
   * has already said why in one line when the key is missing from the environment.
   */
  @Produces
  @Singleton
  @Startup
  JwtKeys jwtKeys(AppConfig config) {
    if (LaunchMode.current() == LaunchMode.NORMAL && config.jwt().signingKey().isEmpty()) {
      throw new IllegalStateException(
          "no signing key configured: set APP_JWT_SIGNING_KEY (app.jwt.signing-key) in production");
    }
    return JwtKeys.load(
        config.jwt().signingKey(), config.jwt().verificationKeys().orElse(List.of()));
  }

  @Produces
  @Singleton
  AccessTokens accessTokens(JwtKeys keys, AppConfig config, Clock clock) {
    return new JwtAccessTokens(keys, issuer(config), config.jwt().audience(), clock);
  }

  @Produces
  @Singleton
  IdTokens idTokens(JwtKeys keys, AppConfig config, Clock clock) {
    return new JwtIdTokens(keys, issuer(config), clock);
  }

  @Produces
  @Singleton
  IssuerUrls issuerUrls(AppConfig config) {
    return new IssuerUrls(issuer(config), config.publicUrl());
  }

  /** {@code iss} of every token and the discovery document's {@code issuer}. */
  static String issuer(AppConfig config) {
    return config.jwt().issuer().orElse(config.publicUrl());
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
