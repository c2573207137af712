package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.application.tenant.TenantView;

/** A tenant as the console's templates show it. */
@TemplateData
public record TenantFacts(
    String id,
    String slug,
    String name,
    String status,
    boolean selfRegistration,
    boolean mfaRequired) {

  static TenantFacts of(TenantView tenant) {
    return new TenantFacts(
        tenant.id().toString(),
        tenant.slug(),
        tenant.name(),
        tenant.status(),
        tenant.selfRegistration(),
        tenant.mfaRequired());
  }
}
