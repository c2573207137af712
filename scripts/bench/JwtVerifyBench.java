import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.application.auth.ClientGrant;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import io.tenantry.security.JwtAccessTokens;
import io.tenantry.security.JwtKeys;
import io.tenantry.security.SigningKeyFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What verifying one access token costs, single-threaded: the same token again and again (a client
 * calling with its token) and a fresh token each time (many clients), as wall time and as this
 * thread's CPU time (which hardly moves when other processes share the cores). Not JMH: a rough
 * figure. Run by jwt_verify.sh.
 */
public final class JwtVerifyBench {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    Path key = Files.createTempDirectory("jwt-bench").resolve("signing-key.pem");
    SigningKeyFile.createIfAbsent(key);
    JwtKeys keys = JwtKeys.load(Optional.of(key.toString()), List.of());
    JwtAccessTokens tokens = new JwtAccessTokens(keys, "http://localhost", Clock.systemUTC());
    for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT up
      String[] fresh = new String[rounds]; // never verified before: no cached result
      for (int i = 0; i < rounds; i++) {
        fresh[i] = tokens.issue(claims(), Duration.ofMinutes(15)).token();
      }
      String same = fresh[0];
      long[] t0 = now();
      for (int i = 0; i < rounds; i++) {
        check(tokens.verify(same).isPresent());
      }
      long[] t1 = now();
      for (int i = 0; i < rounds; i++) {
        check(tokens.verify(fresh[i]).isPresent());
      }
      long[] t2 = now();
      for (int i = 0; i < rounds; i++) {
        check(rsaOnly(keys, fresh[i]));
      }
      long[] t3 = now();
      System.out.printf(
          "%s (µs per verify, wall / CPU): same token %s, distinct tokens %s,"
              + " RSA signature check alone %s (%d each)%n",
          pass == 0 ? "warm-up" : "measured",
          per(t0, t1, rounds),
          per(t1, t2, rounds),
          per(t2, t3, rounds),
          rounds);
    }
  }

  /** Wall and this thread's CPU clock, in ns. */
  private static long[] now() {
    return new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()};
  }

  private static String per(long[] from, long[] to, int rounds) {
    return String.format(
        "%.1f / %.1f",
        (to[0] - from[0]) / 1_000.0 / rounds, (to[1] - from[1]) / 1_000.0 / rounds);
  }

  private static AccessTokenClaims claims() {
    return AccessTokenClaims.ofUser(
        UserId.random(),
        new TenantRef(TenantId.random(), new TenantSlug("acme")),
        new Email("alice@example.com"),
        Set.of(Role.MEMBER),
        1L,
        UUID.randomUUID(),
        ClientGrant.API,
        null);
  }

  /** The floor: only the RS256 signature, with the JDK, no parsing of claims. */
  private static boolean rsaOnly(JwtKeys keys, String token) {
    try {
      int dot = token.lastIndexOf('.');
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(keys.publicKeys().get(keys.currentKid()));
      rsa.update(token.substring(0, dot).getBytes(StandardCharsets.US_ASCII));
      return rsa.verify(Base64.getUrlDecoder().decode(token.substring(dot + 1)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void check(boolean verified) {
    if (!verified) {
      throw new IllegalStateException("a token did not verify");
    }
  }
}
