package io.tenantry.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.tenantry.application.auth.AccessTokens.VerifiedToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Access tokens already verified on this replica, by the SHA-256 of the token, each until its
 * {@code exp}: a client calls with the same token many times, and checking its signature and claims
 * again each time was most of an authenticated request's CPU. Only tokens that verified are kept (a
 * forged one costs a full check every time, as before); revocation is unaffected, since the session
 * guard still runs on every request.
 */
final class VerifiedTokens {
  private static final int MAX_TOKENS = 50_000;

  private final Cache<String, VerifiedToken> byHash =
      Caffeine.newBuilder()
          .maximumSize(MAX_TOKENS)
          .expireAfter(new UntilExpiry())
          // Maintenance on the calling thread: no background work.
          .executor(Runnable::run)
          .build();

  /** The token as verified before, if unexpired; otherwise verified by {@code verifier} now. */
  Optional<VerifiedToken> lookup(String token, Function<String, Optional<VerifiedToken>> verifier) {
    String hash = sha256(token);
    VerifiedToken known = byHash.getIfPresent(hash);
    if (known != null && Instant.now().isBefore(known.expiresAt())) {
      return Optional.of(known);
    }
    Optional<VerifiedToken> checked = verifier.apply(token);
    checked.ifPresent(value -> byHash.put(hash, value));
    return checked;
  }

  private static String sha256(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      // The 32 digest bytes as a 32-character key: half the size of hex, and no formatting.
      return new String(
          digest.digest(token.getBytes(StandardCharsets.US_ASCII)), StandardCharsets.ISO_8859_1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** An entry lives until its token's {@code exp}. */
  private static final class UntilExpiry implements Expiry<String, VerifiedToken> {
    @Override
    public long expireAfterCreate(String key, VerifiedToken value, long currentTime) {
      return Math.max(0, Duration.between(Instant.now(), value.expiresAt()).toNanos());
    }

    @Override
    public long expireAfterUpdate(
        String key, VerifiedToken value, long currentTime, long currentDuration) {
      return expireAfterCreate(key, value, currentTime);
    }

    @Override
    public long expireAfterRead(
        String key, VerifiedToken value, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
