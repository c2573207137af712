package io.tenantry.rest.shared;

import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads identifiers where a malformed value must look exactly like an unknown one (login, forgot
 * password, registration), so no validation error tells a caller anything.
 */
public final class Lenient {
  private Lenient() {}

  public static Optional<TenantSlug> slug(String raw) {
    return parse(raw, TenantSlug::new);
  }

  public static Optional<Email> email(String raw) {
    return parse(raw, Email::new);
  }

  private static <T> Optional<T> parse(String raw, Function<String, T> parser) {
    try {
      return Optional.of(parser.apply(raw));
    } catch (DomainException e) {
      return Optional.empty();
    }
  }
}
