import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import io.tenantry.security.JwtAccessTokens;
import io.tenantry.security.JwtKeys;
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
 * checks). Run with scripts/bench/jwt_signing.sh; a figure, not a test.
 */
public class JwtSigningBench {
  private static final int WARM_UP = Integer.getInteger("warmup", 3_000);
  private static final int ITERATIONS = Integer.getInteger("iterations", 5_000);

  public static void main(String[] args) throws Exception {
    System.out.printf("%s %s, %d iterations after %d warm-up%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"), ITERATIONS, WARM_UP);
    System.out.printf("%-8s %12s %12s %14s %14s%n", "alg", "jca sign us", "jca verify us",
        "token issue us", "token verify us");
    for (String alg : List.of("RS256", "ES256")) {
      double[] jca = jca(alg);
      double[] token = token(alg);
      System.out.printf("%-8s %12.1f %12.1f %14.1f %14.1f%n", alg, jca[0], jca[1], token[0], token[1]);
    }
  }

  private static double[] jca(String alg) throws Exception {
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
    long start = System.nanoTime();
    for (int i = 0; i < ITERATIONS; i++) {
      signature = sign(name, pair, data);
    }
    double signUs = (System.nanoTime() - start) / 1_000.0 / ITERATIONS;
    start = System.nanoTime();
    for (int i = 0; i < ITERATIONS; i++) {
      if (!verify(name, pair, data, signature)) {
        throw new IllegalStateException("bad signature");
      }
    }
    return new double[] {signUs, (System.nanoTime() - start) / 1_000.0 / ITERATIONS};
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

  private static double[] token(String alg) {
    JwtKeys keys = JwtKeys.load(Optional.of(alg), Optional.empty(), List.of());
    JwtAccessTokens tokens = new JwtAccessTokens(keys, "https://id.example.com", Clock.systemUTC());
    AccessTokenClaims claims =
        new AccessTokenClaims(UserId.random(), TenantId.random(), new TenantSlug("acme-corp"),
            new Email("alice@example.com"), Set.of(Role.MEMBER), 1L);
    Duration ttl = Duration.ofMinutes(15);
    String token = null;
    for (int i = 0; i < WARM_UP; i++) {
      token = tokens.issue(claims, ttl).token();
      tokens.inspect(token).orElseThrow();
    }
    long start = System.nanoTime();
    for (int i = 0; i < ITERATIONS; i++) {
      token = tokens.issue(claims, ttl).token();
    }
    double issueUs = (System.nanoTime() - start) / 1_000.0 / ITERATIONS;
    start = System.nanoTime();
    for (int i = 0; i < ITERATIONS; i++) {
      tokens.inspect(token).orElseThrow();
    }
    return new double[] {issueUs, (System.nanoTime() - start) / 1_000.0 / ITERATIONS};
  }
}
