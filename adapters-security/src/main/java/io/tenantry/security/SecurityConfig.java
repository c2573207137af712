package io.tenantry.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code app.jwt.*} and {@code app.password.*} settings, the audit anchor key and the MFA
 * secret key, typed.
 */
@ConfigMapping(prefix = "app")
public interface SecurityConfig {
  Jwt jwt();

  Password password();

  Audit audit();

  Mfa mfa();

  /** The key that signs audit chain heads (the rest of {@code app.audit.*} is read elsewhere). */
  interface Audit {
    /** The HMAC key that signs chain heads: base64 of at least 32 bytes. */
    @WithName("anchor-key")
    Optional<String> anchorKey();

    /** A file holding the anchor key (base64), created with a random key when missing. */
    @WithName("anchor-key-file")
    Optional<String> anchorKeyFile();
  }

  /** The key that seals TOTP secrets at rest. */
  interface Mfa {
    /** The AES-256 key that seals TOTP secrets at rest: base64 of 32 bytes. */
    @WithName("secret-key")
    Optional<String> secretKey();

    /** A file holding that key (base64), created with a random key when missing. */
    @WithName("secret-key-file")
    Optional<String> secretKeyFile();
  }

  /** Access-token signing. */
  interface Jwt {
    Optional<String> issuer();

    /** Tenantry's {@code aud} in every access token (RFC 9068); a client may add its own. */
    @WithDefault("tenantry")
    String audience();

    @WithName("signing-key")
    Optional<String> signingKey();

    /**
     * {@code RS256} or {@code ES256}; unset: the signing key's type decides, and a generated key is
     * made for {@link JwtKeys#DEFAULT_ALGORITHM}.
     */
    Optional<String> algorithm();

    /**
     * Who computes token signatures: {@code auto} (AWS-LC when it loads here, else the JDK), {@code
     * aws-lc} (or the start fails) or {@code jdk}; see {@link SigningProvider}.
     */
    @WithName("signing-provider")
    @WithDefault("auto")
    String signingProvider();

    @WithName("verification-keys")
    Optional<List<String>> verificationKeys();
  }

  /** Argon2id cost of new hashes. */
  interface Password {
    Argon2 argon2();

    /** Hashes or verifications running at once; unset: one per available processor. */
    @WithName("max-concurrent-hashes")
    Optional<Integer> maxConcurrentHashes();

    /** Longest a request waits for a hashing slot before it is answered 503 with Retry-After. */
    @WithName("hash-queue-timeout")
    @WithDefault("PT2S")
    Duration hashQueueTimeout();

    /** OWASP defaults. */
    interface Argon2 {
      @WithName("memory-kib")
      @WithDefault("19456")
      int memoryKib();

      @WithDefault("2")
      int iterations();

      @WithDefault("1")
      int parallelism();
    }
  }
}
