package io.tenantry.web;

import io.tenantry.application.audit.RequestOrigin;
import io.tenantry.application.shared.LoginBudgets;
import io.tenantry.application.shared.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;

/**
 * The request budgets of the hosted sign-in, the very buckets of {@code POST /api/v1/auth/login}:
 * the client's (keyed as the JSON routes key it), then the tenant's and the account's.
 */
@ApplicationScoped
public class SignInBudgets {
  private final RateLimiter limiter;
  private final RequestOrigin origin;
  private final LoginBudgets accounts;

  SignInBudgets(RateLimiter limiter, RequestOrigin origin) {
    this.limiter = limiter;
    this.origin = origin;
    this.accounts = new LoginBudgets(limiter);
  }

  /** Takes one attempt from every budget: the seconds to wait when one is used up. */
  public OptionalLong spend(String tenant, String email) {
    OptionalLong client =
        origin
            .clientBudgetKey()
            .map(key -> limiter.tryAcquire(RateLimiter.Scope.CLIENT, key))
            .orElse(OptionalLong.empty());
    return client.isPresent() ? client : accounts.spend(tenant, email);
  }

  /**
   * Takes one attempt from the client's budget (a second step's code, whose account the {@code
   * mfa_token} names and the lockout already guards).
   */
  public OptionalLong spendClient() {
    return origin
        .clientBudgetKey()
        .map(key -> limiter.tryAcquire(RateLimiter.Scope.CLIENT, key))
        .orElse(OptionalLong.empty());
  }
}
