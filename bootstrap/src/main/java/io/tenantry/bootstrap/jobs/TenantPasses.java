package io.tenantry.bootstrap.jobs;

import io.micrometer.core.instrument.Counter;
import io.tenantry.application.shared.TenantPass;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Reports the tenants a scheduled pass failed on: one WARN line per tenant (its id and the
 * failure's type and SQLSTATE, never the message, which can carry SQL or data) and one count on the
 * job's failure counter. The pass itself went on past them; their work is left for the next.
 */
public final class TenantPasses {
  private static final Logger LOG = Logger.getLogger(TenantPasses.class);

  private TenantPasses() {}

  /** Reports {@code pass}'s failures as {@code job}'s; returns what it did. */
  public static long reported(TenantPass pass, String job, Counter failures) {
    for (TenantPass.Failure failure : pass.failed()) {
      LOG.warnf(
          "%s failed for tenant %s (%s); the next pass tries it again",
          job, failure.tenant().value(), kind(failure.cause()));
      failures.increment();
    }
    return pass.done();
  }

  private static String kind(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return failure.getClass().getSimpleName() + ", SQLSTATE " + sql.getSQLState();
      }
    }
    return failure.getClass().getSimpleName();
  }
}
