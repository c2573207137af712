package io.tenantry.application.shared;

import java.util.OptionalLong;

/** Request budgets shared by every replica; the inbound adapter decides what counts. */
public interface RateLimiter {

  /** What a budget is kept per; each scope has its own size ({@code app.auth.rate-limit.*}). */
  enum Scope {
    /** One client address (an IPv6 client by its /64). */
    CLIENT,
    /** One account: a tenant and an e-mail address, whichever address the requests come from. */
    ACCOUNT,
    /** One tenant, all its accounts and clients together. */
    TENANT
  }

  /**
   * Takes one request from the budget of {@code key} in {@code scope}: empty if allowed (or that
   * limit is off), else the seconds to wait.
   */
  OptionalLong tryAcquire(Scope scope, String key);

  /**
   * Whether {@code scope}'s budget is on: when it is not, {@link #tryAcquire} always allows, and a
   * caller can skip working out the key.
   */
  boolean limits(Scope scope);
}
