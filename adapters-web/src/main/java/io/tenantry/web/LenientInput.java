package io.tenantry.web;

import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import java.util.Optional;
import java.util.function.Function;

/** Reads sign-in input where a malformed value must fail exactly like an unknown one. */
final class LenientInput {
  private LenientInput() {}

  static Optional<TenantSlug> slug(String raw) {
    return parse(raw, TenantSlug::new);
  }

  static Optional<Email> email(String raw) {
    return parse(raw, Email::new);
  }

  private static <T> Optional<T> parse(String raw, Function<String, T> parser) {
    try {
      return raw == null ? Optional.empty() : Optional.of(parser.apply(raw));
    } catch (DomainException e) {
      return Optional.empty();
    }
  }
}
