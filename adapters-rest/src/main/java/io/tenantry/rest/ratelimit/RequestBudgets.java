package io.tenantry.rest.ratelimit;

import io.tenantry.application.shared.LoginBudgets;
import io.tenantry.application.shared.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;

/**
 * The per-tenant and per-account budgets of the routes that name an account in their body (login,
 * self-registration, forgotten password): a botnet rotating addresses still meets them. The keys
 * are the application's {@link LoginBudgets}, shared with the hosted sign-in page.
 */
@ApplicationScoped
public class RequestBudgets {
  private final LoginBudgets budgets;

  RequestBudgets(RateLimiter limiter) {
    this.budgets = new LoginBudgets(limiter);
  }

  /** Takes one request from the tenant's and the account's budget, or throws the 429. */
  public void spend(String tenant, String email) {
    OptionalLong retryAfter = budgets.spend(tenant, email);
    if (retryAfter.isPresent()) {
      throw new RateLimitExceededException(retryAfter.getAsLong());
    }
  }
}
