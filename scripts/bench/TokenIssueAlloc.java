import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.application.auth.ClientGrant;
import io.tenantry.domain.tenant.*;
import io.tenantry.domain.user.*;
import io.tenantry.security.*;
import java.lang.management.ManagementFactory;
import java.time.*;
import java.util.*;
/**
 * Bytes allocated and CPU per access token issued (claims, JSON, RS256 signature, compact form), from
 * this thread's counters: the allocation figure does not move with a shared machine's load. Run
 * against a packaged build (issue 10, docs/operations/refresh-cost.md):
 * java -cp "bootstrap/target/quarkus-app/lib/main/*:bootstrap/target/quarkus-app/lib/boot/*" \
 *   scripts/bench/TokenIssueAlloc.java key.pem   # key.pem: openssl genpkey -algorithm RSA ...
 */
public class TokenIssueAlloc {
  public static void main(String[] a) throws Exception {
    var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    JwtKeys keys = JwtKeys.load(Optional.of(a[0]), List.of());
    JwtAccessTokens tokens = new JwtAccessTokens(keys, "https://id.example.com", Clock.systemUTC());
    AccessTokenClaims claims = AccessTokenClaims.ofUser(UserId.random(), new TenantRef(TenantId.random(), new TenantSlug("bench")),
        new Email("owner@bench.test"), Set.of(Role.OWNER), 1L, UUID.randomUUID(), ClientGrant.API, null);
    Duration ttl = Duration.ofMinutes(15);
    for (int i = 0; i < 3000; i++) tokens.issue(claims, ttl);
    long t = Thread.currentThread().getId();
    for (int r = 0; r < 3; r++) {
      int n = 2000;
      long b0 = mx.getThreadAllocatedBytes(t), c0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) tokens.issue(claims, ttl);
      long b1 = mx.getThreadAllocatedBytes(t), c1 = mx.getCurrentThreadCpuTime();
      System.out.printf("bytes allocated per token issued: %d; CPU us per token: %.0f%n", (b1 - b0) / n, (c1 - c0) / 1e3 / n);
    }
  }
}
