package io.tenantry.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every {@code app.*} setting, typed; each can be set as an environment variable. */
@ConfigMapping(prefix = "app")
public interface AppConfig {
  @WithName("public-url")
  @WithDefault("http://localhost:8080")
  String publicUrl();

  Bootstrap bootstrap();

  Auth auth();

  Jwt jwt();

  Password password();

  Tenants tenants();

  Db db();

  Http http();

  /** Request limits of the API. */
  interface Http {
    /** Requests declaring a larger body are refused with 413 before it is read. */
    @WithName("max-body-size")
    @WithDefault("64K")
    String maxBodySize();

    /** The larger limit of {@code POST /api/v1/users/import} (up to 1,000 rows). */
    @WithName("import-max-body-size")
    @WithDefault("1M")
    String importMaxBodySize();

    /** Seconds a client is told to wait ({@code Retry-After}) when a dependency is down (503). */
    @WithName("unavailable-retry-after")
    @WithDefault("5")
    long unavailableRetryAfter();

    /**
     * CIDRs of the proxies whose {@code X-Forwarded-For} hop is believed (read by the REST edge's
     * {@code ClientAddresses}); unset: none, the peer is the client.
     */
    @WithName("trusted-proxies")
    Optional<List<String>> trustedProxies();
  }

  /** The database: bounded waits, and the embedded development database. */
  interface Db {
    Embedded embedded();

    /**
     * Longest a statement may run (PostgreSQL {@code statement_timeout}, e.g. {@code 5s}); applied
     * to every pooled connection through {@code quarkus.datasource.jdbc.new-connection-sql}.
     */
    @WithName("statement-timeout")
    @WithDefault("5s")
    String statementTimeout();

    /** Longest a statement waits for a lock (PostgreSQL {@code lock_timeout}, e.g. {@code 3s}). */
    @WithName("lock-timeout")
    @WithDefault("3s")
    String lockTimeout();

    /** Where the embedded PostgreSQL keeps its data. */
    interface Embedded {
      @WithDefault("tenantry-data")
      String dir();
    }
  }

  Mail mail();

  Audit audit();

  Mfa mfa();

  /** Multi-factor authentication. */
  interface Mfa {
    /** The AES-256 key that seals TOTP secrets at rest: base64 of 32 bytes. */
    @WithName("secret-key")
    Optional<String> secretKey();

    /** A file holding that key (base64), created with a random key when missing. */
    @WithName("secret-key-file")
    Optional<String> secretKeyFile();
  }

  /** The audit trail. */
  interface Audit {
    /** How long audit events are kept; older ones are purged by a scheduled job. */
    @WithDefault("P365D")
    Duration retention();

    /** When the purge runs (Quartz cron, read by the scheduler). */
    @WithName("purge-cron")
    @WithDefault("0 30 3 * * ?")
    String purgeCron();

    /** The HMAC key that signs chain heads: base64 of at least 32 bytes. */
    @WithName("anchor-key")
    Optional<String> anchorKey();

    /** A file holding the anchor key (base64), created with a random key when missing. */
    @WithName("anchor-key-file")
    Optional<String> anchorKeyFile();

    /** How often chain heads are anchored (read by the scheduler, e.g. {@code 5m}). */
    @WithName("anchor-interval")
    @WithDefault("5m")
    String anchorInterval();
  }

  /** Public tenant sign-up. */
  interface Tenants {
    @WithName("signup-enabled")
    @WithDefault("false")
    boolean signupEnabled();
  }

  /** Sending account mail from the outbox. */
  interface Mail {
    @WithDefault("no-reply@localhost")
    String from();

    /** Attempts before a mail is marked dead. */
    @WithName("max-attempts")
    @WithDefault("10")
    int maxAttempts();

    /** Delay before the first retry; it doubles with every attempt (with jitter). */
    @WithName("retry-initial-delay")
    @WithDefault("PT30S")
    Duration retryInitialDelay();

    @WithName("retry-max-delay")
    @WithDefault("PT1H")
    Duration retryMaxDelay();

    /** How often the outbox is polled (read by the scheduler, e.g. {@code 5s}). */
    @WithName("dispatch-interval")
    @WithDefault("5s")
    String dispatchInterval();

    @WithName("dispatch-delay")
    @WithDefault("1s")
    String dispatchDelay();
  }

  /** The first platform admin of tenant {@code system}. */
  interface Bootstrap {
    Admin admin();

    /** Credentials used once, on the first start. */
    interface Admin {
      Optional<String> email();

      Optional<String> password();
    }
  }

  /** Token lifetimes and caches. */
  interface Auth {
    @WithName("access-token-ttl")
    @WithDefault("PT15M")
    Duration accessTokenTtl();

    @WithName("refresh-token-ttl")
    @WithDefault("P30D")
    Duration refreshTokenTtl();

    @WithName("invitation-ttl")
    @WithDefault("P7D")
    Duration invitationTtl();

    @WithName("verification-ttl")
    @WithDefault("PT48H")
    Duration verificationTtl();

    @WithName("password-reset-ttl")
    @WithDefault("PT1H")
    Duration passwordResetTtl();

    /** The absolute end of a session, counted from its login, however often it is refreshed. */
    @WithName("session-max-lifetime")
    @WithDefault("P90D")
    Duration sessionMaxLifetime();

    Lockout lockout();

    // app.auth.rate-limit.* is read by the adapter that keeps the buckets (RateLimitConfig).

    /** Brute-force protection per account. */
    interface Lockout {
      @WithName("max-failures")
      @WithDefault("5")
      int maxFailures();

      @WithDefault("PT15M")
      Duration duration();
    }

    /** How long a replica may trust its cached view of a user's or tenant's security state. */
    @WithName("security-cache-ttl")
    @WithDefault("PT10S")
    Duration securityCacheTtl();
  }

  /** Access-token signing. */
  interface Jwt {
    Optional<String> issuer();

    /** Tenantry's {@code aud} in every access token (RFC 9068); a client may add its own. */
    @WithDefault("tenantry")
    String audience();

    @WithName("signing-key")
    Optional<String> signingKey();

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
