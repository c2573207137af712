package io.tenantry.domain.tenant;

import io.tenantry.domain.shared.RuleViolationException;
import java.util.regex.Pattern;

/** The immutable, unique, URL-friendly name of a tenant: {@code ^[a-z][a-z0-9-]{2,39}$}. */
public record TenantSlug(String value) {
  private static final Pattern FORMAT = Pattern.compile("^[a-z][a-z0-9-]{2,39}$");

  /** The tenant that holds the platform administrators. */
  public static final TenantSlug SYSTEM = new TenantSlug("system");

  public TenantSlug {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new RuleViolationException(
          "slug", "must match ^[a-z][a-z0-9-]{2,39}$ (lower-case letters, digits, hyphens)");
    }
  }

  public boolean isSystem() {
    return equals(SYSTEM);
  }

  @Override
  public String toString() {
    return value;
  }
}
