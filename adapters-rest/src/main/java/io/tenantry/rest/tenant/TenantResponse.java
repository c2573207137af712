package io.tenantry.rest.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tenantry.application.tenant.TenantView;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant as the API shows it; {@code user_count} only on the admin detail view. */
@Schema(name = "Tenant", description = "A tenant; user_count only on the admin detail view")
public record TenantResponse(
    UUID id,
    String slug,
    String name,
    @Schema(enumeration = {"active", "suspended"}) String status,
    boolean selfRegistration,
    Instant createdAt,
    Instant updatedAt,
    long version,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long userCount,
    boolean mfaRequired) {

  public static TenantResponse from(TenantView view) {
    return new TenantResponse(
        view.id(),
        view.slug(),
        view.name(),
        view.status(),
        view.selfRegistration(),
        view.createdAt(),
        view.updatedAt(),
        view.version(),
        view.userCount(),
        view.mfaRequired());
  }
}
