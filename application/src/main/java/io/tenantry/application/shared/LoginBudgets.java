package io.tenantry.application.shared;

import io.tenantry.application.shared.RateLimiter.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The per-tenant and per-account budgets of every entry point that names an account (the JSON login
 * and sign-up, the hosted sign-in page): one key scheme, so all of them drain the same buckets.
 * Accounts are keyed by a hash, so the shared bucket table holds no e-mail address.
 */
public final class LoginBudgets {
  private final RateLimiter limiter;

  public LoginBudgets(RateLimiter limiter) {
    this.limiter = limiter;
  }

  /**
   * Takes one request from the tenant's, then the account's budget: the seconds to wait, if any.
   */
  public OptionalLong spend(String tenant, String email) {
    String slug = normalise(tenant);
    OptionalLong wait = limiter.tryAcquire(Scope.TENANT, slug);
    if (wait.isPresent()) {
      return wait;
    }
    return limiter.tryAcquire(Scope.ACCOUNT, sha256(slug + "\n" + normalise(email)));
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
