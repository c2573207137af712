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

    /** How long a replica may trust its cached view of a user's or tenant's security state. */
    @WithName("security-cache-ttl")
    @WithDefault("PT10S")
    Duration securityCacheTtl();
  }

  /** Access-token signing. */
  interface Jwt {
    Optional<String> issuer();

    @WithName("signing-key")
    Optional<String> signingKey();

    @WithName("verification-keys")
    Optional<List<String>> verificationKeys();
  }

  /** Argon2id cost of new hashes. */
  interface Password {
    Argon2 argon2();

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
