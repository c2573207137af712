package io.tenantry.rest.ratelimit;

import io.tenantry.application.shared.RateLimiter;
import io.tenantry.application.shared.RateLimiter.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The per-tenant and per-account budgets of the routes that name an account in their body (login,
 * self-registration, forgotten password): a botnet rotating addresses still meets them. Accounts
 * are keyed by a hash, so the shared bucket table holds no e-mail address.
 */
@ApplicationScoped
public class RequestBudgets {
  private final RateLimiter limiter;

  RequestBudgets(RateLimiter limiter) {
    this.limiter = limiter;
  }

  /** Takes one request from the tenant's and the account's budget, or throws the 429. */
  public void spend(String tenant, String email) {
    String slug = normalise(tenant);
    take(Scope.TENANT, slug);
    take(Scope.ACCOUNT, sha256(slug + "\n" + normalise(email)));
  }

  private void take(Scope scope, String key) {
    OptionalLong retryAfter = limiter.tryAcquire(scope, key);
    if (retryAfter.isPresent()) {
      throw new RateLimitExceededException(retryAfter.getAsLong());
    }
  }

  private static String normalise(String value) {
    return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
  }

  private static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
