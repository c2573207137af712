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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sign and verify cost of RS256 (RSA 2048) and ES256 (P-256) on this JVM, single-threaded: the
 * bare JCA signature and Tenantry's whole access token (claims, JSON, signature; parse, verify,
 * checks), each as wall time and as this thread's CPU time per operation (CPU time hardly moves when
 * other processes share the cores; wall time does). Verification of a token seen for the first time
 * (what the cache in front cannot save) and of one already verified (the cache) are separate.
 * Run with scripts/bench/jwt_signing.sh; a figure, not a test.
 */
public class JwtSigningBench {
  private static final int WARM_UP = Integer.getInteger("warmup", 3_000);
  private static final int ITERATIONS = Integer.getInteger("iterations", 5_000);

  public static void main(String[] args) throws Exception {
    System.out.printf("%s %s, %d iterations after %d warm-up%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"), ITERATIONS, WARM_UP);
    System.out.println("µs per operation, wall / CPU of this thread");
    System.out.printf("%-6s %15s %15s %15s %15s %15s%n", "alg", "jca sign", "jca verify",
        "token issue", "token verify", "verify cached");
    for (String alg : List.of("RS256", "ES256")) {
      Timed[] jca = jca(alg);
      Timed[] token = token(alg);
      System.out.printf("%-6s %15s %15s %15s %15s %15s%n", alg, jca[0], jca[1], token[0], token[1],
          token[2]);
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Wall and CPU time per operation of one measured loop. */
  record Timed(double wallUs, double cpuUs) {
    @Override
    public String toString() {
      return String.format("%7.1f/%-7.1f", wallUs, cpuUs);
    }
  }

  /** Starts a measurement: wall and CPU clocks now. */
  private static long[] start() {
    return new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()};
  }

  private static Timed per(long[] start, int operations) {
    long wall = System.nanoTime() - start[0];
    long cpu = THREADS.getCurrentThreadCpuTime() - start[1];
    return new Timed(wall / 1_000.0 / operations, cpu / 1_000.0 / operations);
  }

  private static Timed[] jca(String alg) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(alg.equals("RS256") ? "RSA" : "EC");
    if (alg.equals("RS256")) {
      generator.initialize(2048);
    } else {
      generator.initialize(new ECGenParameterSpec("secp256r1"));
    }
    KeyPair pair = generator.generateKeyPair();
    String name = alg.equals("RS256") ? "SHA256withRSA" : "SHA256withECDSAinP1363Format";
    byte[] data = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9".repeat(12).getBytes(StandardCharsets.US_ASCII);
    byte[] signature = null;
    for (int i = 0; i < WARM_UP; i++) {
      signature = sign(name, pair, data);
      verify(name, pair, data, signature);
    }
    long[] start = start();
    for (int i = 0; i < ITERATIONS; i++) {
      signature = sign(name, pair, data);
    }
    Timed signed = per(start, ITERATIONS);
    start = start();
    for (int i = 0; i < ITERATIONS; i++) {
      if (!verify(name, pair, data, signature)) {
        throw new IllegalStateException("bad signature");
      }
    }
    return new Timed[] {signed, per(start, ITERATIONS)};
  }

  private static byte[] sign(String name, KeyPair pair, byte[] data) throws Exception {
    Signature signer = Signature.getInstance(name);
    signer.initSign(pair.getPrivate());
    signer.update(data);
    return signer.sign();
  }

  private static boolean verify(String name, KeyPair pair, byte[] data, byte[] sig) throws Exception {
    Signature verifier = Signature.getInstance(name);
    verifier.initVerify(pair.getPublic());
    verifier.update(data);
    return verifier.verify(sig);
  }

  private static Timed[] token(String alg) {
    JwtKeys keys = JwtKeys.load(Optional.of(alg), Optional.empty(), List.of());
    JwtAccessTokens tokens = new JwtAccessTokens(keys, "https://id.example.com", Clock.systemUTC());
    AccessTokenClaims claims =
        AccessTokenClaims.ofUser(UserId.random(),
            new TenantRef(TenantId.random(), new TenantSlug("acme-corp")),
            new Email("alice@example.com"), Set.of(Role.MEMBER), 1L, null, ClientGrant.API, null);
    Duration ttl = Duration.ofMinutes(15);
    for (int i = 0; i < WARM_UP; i++) {
      tokens.inspect(tokens.issue(claims, ttl).token()).orElseThrow();
    }
    String[] issued = new String[ITERATIONS]; // each verified once: no cached result
    long[] start = start();
    for (int i = 0; i < ITERATIONS; i++) {
      issued[i] = tokens.issue(claims, ttl).token();
    }
    Timed issue = per(start, ITERATIONS);
    start = start();
    for (int i = 0; i < ITERATIONS; i++) {
      tokens.inspect(issued[i]).orElseThrow();
    }
    Timed verify = per(start, ITERATIONS);
    start = start();
    for (int i = 0; i < ITERATIONS; i++) {
      tokens.inspect(issued[0]).orElseThrow();
    }
    return new Timed[] {issue, verify, per(start, ITERATIONS)};
  }
}
