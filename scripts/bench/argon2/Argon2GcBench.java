/*
 * Two threads hash with Argon2id (m=7168 t=5 p=1, Keycloak's default cost) as the login bulkhead
 * lets two run on 2 cores, with Bouncy Castle's block pool ("pool": memory reused, zeroed) or
 * without it ("nopool": 7 MiB of blocks per hash for the collector), and print hashes/s, the GC
 * time and the process CPU per hash. Run by argon2_gc.sh.
 */
import java.lang.management.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

public class Argon2GcBench {
  public static void main(String[] a) throws Exception {
    boolean pooled = a[0].equals("pool");
    int seconds = Integer.parseInt(a[1]);
    Argon2BytesGenerator.BlockPool pool = pooled ? new Argon2BytesGenerator.FixedBlockPool(2 * (7168 + 4)) : null;
    AtomicLong done = new AtomicLong();
    Runnable r = () -> {
      byte[] salt = new byte[16]; byte[] out = new byte[32];
      while (!Thread.currentThread().isInterrupted()) {
        Argon2Parameters.Builder b = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(19).withMemoryAsKB(7168).withIterations(5).withParallelism(1).withSalt(salt);
        if (pool != null) b.withBlockPool(pool);
        Argon2BytesGenerator g = new Argon2BytesGenerator(); g.init(b.build()); g.generateBytes("password".getBytes(), out);
        done.incrementAndGet();
      }
    };
    Thread t1 = new Thread(r), t2 = new Thread(r); t1.start(); t2.start();
    Thread.sleep(5000); long d0 = done.get(); long gc0 = gc(); long c0 = cpu();
    Thread.sleep(seconds * 1000L); long d1 = done.get(); long gc1 = gc(); long c1 = cpu();
    System.out.printf("%s: %.1f hashes/s, GC %d ms in %d s, process CPU per hash %.1f ms%n", pooled ? "pool" : "no pool", (d1 - d0) / (double) seconds, gc1 - gc0, seconds, (c1 - c0) / 1e6 / (d1 - d0));
    System.exit(0);
  }
  static long gc() { long t = 0; for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) t += g.getCollectionTime(); return t; }
  static long cpu() { return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(); }
}
