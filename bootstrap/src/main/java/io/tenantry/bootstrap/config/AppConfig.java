package io.tenantry.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code app.*} setting, typed; each can be set as an environment variable. A key is its
 * method's name in kebab case ({@code accessTokenTtl()}: {@code app.auth.access-token-ttl}).
 */
@ConfigMapping(prefix = "app")
public interface AppConfig {
  /**
   * Where users and clients reach the service: links in mails, pages, discovery, the default
   * issuer. By default this machine's HTTP port, so a service started on another port than 8080
   * still names itself correctly; behind a proxy or with several replicas it must be set.
   */
  @WithDefault("http://localhost:${quarkus.http.port:8080}")
  String publicUrl();

  Bootstrap bootstrap();

  Auth auth();

  // app.jwt.* and app.password.* are read by the security adapter (SecurityConfig).

  Tenants tenants();

  Db db();

  Http http();

  /**
   * Request limits of the API. The REST edge reads these keys itself; they are declared here too
   * because the {@code app} mapping refuses keys it does not know.
   */
  interface Http {
    /** Requests declaring a larger body are refused with 413 before it is read. */
    @WithDefault("64K")
    String maxBodySize();

    /** The larger limit of {@code POST /api/v1/users/import} (up to 1,000 rows). */
    @WithDefault("1M")
    String importMaxBodySize();

    /** Seconds a client is told to wait ({@code Retry-After}) when a dependency is down (503). */
    @WithDefault("5")
    long unavailableRetryAfter();

    /**
     * CIDRs of the proxies whose {@code X-Forwarded-For} hop is believed (read by the REST edge's
     * {@code ClientAddresses}); unset: none, the peer is the client.
     */
    Optional<List<String>> trustedProxies();
  }

  /** The database: bounded waits, and the embedded development database. */
  interface Db {
    Embedded embedded();

    /**
     * Longest a statement may run (PostgreSQL {@code statement_timeout}, e.g. {@code 5s}); applied
     * to every pooled connection through {@code quarkus.datasource.jdbc.new-connection-sql}.
     */
    @WithDefault("5s")
    String statementTimeout();

    /** Longest a statement waits for a lock (PostgreSQL {@code lock_timeout}, e.g. {@code 3s}). */
    @WithDefault("3s")
    String lockTimeout();

    /** Where the embedded PostgreSQL keeps its data. */
    interface Embedded {
      @WithDefault("tenantry-data")
      String dir();
    }
  }

  // app.mail.* is read by the mail adapter (MailConfig).

  Audit audit();

  // app.mfa.secret-key(-file) is read by the security adapter (SecurityConfig).

  /** The audit trail. */
  interface Audit {
    /** How long audit events are kept; older ones are purged by a scheduled job. */
    @WithDefault("P365D")
    Duration retention();

    /** When the purge runs (Quartz cron, read by the scheduler). */
    @WithDefault("0 30 3 * * ?")
    String purgeCron();

    // app.audit.anchor-key(-file) is read by the security adapter (SecurityConfig).

    /** How often chain heads are anchored (read by the scheduler, e.g. {@code 5m}). */
    @WithDefault("5m")
    String anchorInterval();

    /** How long after start the first anchoring runs (read by the scheduler, e.g. {@code 30s}). */
    @WithDefault("30s")
    String anchorDelay();
  }

  /** Public tenant sign-up. */
  interface Tenants {
    @WithDefault("false")
    boolean signupEnabled();
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
    @WithDefault("PT15M")
    Duration accessTokenTtl();

    @WithDefault("P30D")
    Duration refreshTokenTtl();

    @WithDefault("P7D")
    Duration invitationTtl();

    @WithDefault("PT48H")
    Duration verificationTtl();

    @WithDefault("PT1H")
    Duration passwordResetTtl();

    /** The absolute end of a session, counted from its login, however often it is refreshed. */
    @WithDefault("P90D")
    Duration sessionMaxLifetime();

    Lockout lockout();

    // app.auth.rate-limit.* is read by the adapter that keeps the buckets (RateLimitConfig).

    /** Brute-force protection per account. */
    interface Lockout {
      @WithDefault("5")
      int maxFailures();

      @WithDefault("PT15M")
      Duration duration();
    }

    /**
     * How long a replica may keep its cached view of a user's or tenant's security state: a bound
     * for the rare lost invalidation, since every change reaches every replica over LISTEN/NOTIFY.
     */
    @WithDefault("PT5M")
    Duration securityCacheTtl();
  }

  // app.lists.* is read by the persistence adapter (ListsConfig).
}
