package io.tenantry.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.application.auth.BoundedPasswordHasher;
import io.tenantry.application.auth.IdTokens;
import io.tenantry.application.auth.IssuerUrls;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.mfa.SecretSealer;
import io.tenantry.application.mfa.Totp;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.domain.audit.AuditAnchorKey;
import io.tenantry.domain.user.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashing, randomness, signing keys, the audit anchor key and the MFA secret sealer, built from
 * their settings.
 */
@ApplicationScoped
public class SecurityProducers {

  @Produces
  @Singleton
  SecureTokens secureTokens() {
    return new SecureRandomTokens();
  }

  @Produces
  @Singleton
  PasswordHasher passwordHasher(SecurityConfig config) {
    SecurityConfig.Password password = config.password();
    SecurityConfig.Password.Argon2 argon2 = password.argon2();
    int slots =
        password.maxConcurrentHashes().orElseGet(() -> Runtime.getRuntime().availableProcessors());
    return new BoundedPasswordHasher(
        new Argon2PasswordHasher(
            argon2.memoryKib(), argon2.iterations(), argon2.parallelism(), slots),
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
  JwtKeys jwtKeys(SecurityConfig config) {
    if (production() && config.jwt().signingKey().isEmpty()) {
      throw new IllegalStateException(
          "no signing key configured: set APP_JWT_SIGNING_KEY (app.jwt.signing-key) in production");
    }
    return JwtKeys.load(
            config.jwt().algorithm(),
            config.jwt().signingKey(),
            config.jwt().verificationKeys().orElse(List.of()))
        .signingWith(config.jwt().signingProvider());
  }

  @Produces
  @Singleton
  AccessTokens accessTokens(JwtKeys keys, SecurityConfig config, Clock clock, IssuerUrls urls) {
    return new JwtAccessTokens(keys, urls.issuer(), config.jwt().audience(), clock);
  }

  @Produces
  @Singleton
  IdTokens idTokens(JwtKeys keys, Clock clock, IssuerUrls urls) {
    return new JwtIdTokens(keys, urls.issuer(), clock);
  }

  /** {@code iss} of every token and the discovery document's {@code issuer}. */
  @Produces
  @Singleton
  IssuerUrls issuerUrls(
      SecurityConfig config,
      @ConfigProperty(
              name = "app.public-url",
              defaultValue = "http://localhost:${quarkus.http.port:8080}")
          String publicUrl) {
    return new IssuerUrls(config.jwt().issuer().orElse(publicUrl), publicUrl);
  }

  @Produces
  @Singleton
  AuditAnchorKey auditAnchorKey(SecurityConfig config) {
    return AuditAnchorKeys.load(
        config.audit().anchorKey(), config.audit().anchorKeyFile(), production());
  }

  @Produces
  @Singleton
  SecretSealer secretSealer(SecurityConfig config) {
    return MfaSecretKeys.load(config.mfa().secretKey(), config.mfa().secretKeyFile(), production());
  }

  @Produces
  @Singleton
  Totp totp() {
    return new JavaOtpTotp();
  }

  private static boolean production() {
    return LaunchMode.current() == LaunchMode.NORMAL;
  }
}
