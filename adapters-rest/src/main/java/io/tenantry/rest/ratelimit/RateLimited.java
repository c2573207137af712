package io.tenantry.rest.ratelimit;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a resource class or method under the per-client request budget ({@code
 * app.auth.rate-limit.per-minute}); bound at build time to the filter method of {@link
 * RateLimitFilter}. Every unauthenticated route that checks a secret or creates something carries
 * it: {@code /api/v1/auth/*}, public sign-up, and the {@code /oauth2/*} routes when they arrive.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {}
