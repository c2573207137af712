import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id per-hash cost, Bouncy Castle (what Tenantry uses) against Password4j, on one thread, and
 * a check that both give the same bytes (PHC strings stay interchangeable). Run by argon2.sh. The
 * cost is the thread's CPU time (robust on a shared machine) and the wall time beside it.
 */
public final class Argon2Bench {
  static final SecureRandom RANDOM = new SecureRandom();

  public static void main(String[] args) {
    int m = Integer.parseInt(args[0]), t = Integer.parseInt(args[1]), p = Integer.parseInt(args[2]);
    int n = Integer.parseInt(args[3]), rounds = Integer.parseInt(args[4]);
    byte[] password = "Bench-Password-2026!".getBytes(StandardCharsets.UTF_8);
    Argon2Function p4j = Argon2Function.getInstance(m, t, p, 32, Argon2.ID, 19);
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] a = bc(password, salt, m, t, p);
    byte[] b = Base64.getDecoder().decode(p4j.hash(password, salt).getResult().replaceAll("^.*\\$", ""));
    System.out.printf("same output: %s%n", MessageDigest.isEqual(a, b));
    for (int w = 0; w < 40; w++) { // JIT warm-up of both (C2 needs a few dozen)
      bc(password, salt, m, t, p);
      p4j.hash(password, salt);
    }
    for (String impl : new String[] {"bouncycastle", "password4j"}) {
      double[] perHash = new double[rounds];
      double[] wall = new double[rounds];
      ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      for (int r = 0; r < rounds; r++) {
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          if (impl.equals("bouncycastle")) bc(password, salt, m, t, p);
          else p4j.hash(password, salt);
        }
        perHash[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / n;
        wall[r] = (System.nanoTime() - t0) / 1e6 / n;
      }
      System.out.printf(
          "%-13s m=%d t=%d p=%d: %.1f CPU-ms/hash (median of %d runs of %d; CPU-ms %s, wall-ms %s)%n",
          impl, m, t, p, median(perHash), rounds, n, Arrays.toString(round(perHash)),
          Arrays.toString(round(wall)));
    }
  }

  static byte[] bc(byte[] password, byte[] salt, int m, int t, int p) {
    Argon2BytesGenerator g = new Argon2BytesGenerator();
    g.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(m).withIterations(t).withParallelism(p).withSalt(salt).build());
    byte[] out = new byte[32];
    g.generateBytes(password, out);
    return out;
  }

  static double median(double[] xs) {
    double[] sorted = xs.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static String[] round(double[] xs) {
    String[] s = new String[xs.length];
    for (int i = 0; i < xs.length; i++) s[i] = String.format("%.1f", xs[i]);
    return s;
  }
}
