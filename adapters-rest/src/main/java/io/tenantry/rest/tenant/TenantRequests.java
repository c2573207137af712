package io.tenantry.rest.tenant;

import io.tenantry.application.tenant.CreateTenantCommand;
import io.tenantry.application.tenant.UpdateTenantCommand;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.TenantStatus;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.rest.shared.QueryValues;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the tenant and admin routes. */
public final class TenantRequests {
  private TenantRequests() {}

  /** A body that names a new tenant and its first owner: an admin's create or a sign-up. */
  public interface NewTenant {
    String slug();

    String name();

    NewOwner owner();

    /** The new tenant and its owner, read into domain values; without a password, an invitation. */
    default CreateTenantCommand toCommand() {
      NewOwner owner = owner();
      return new CreateTenantCommand(
          new TenantSlug(slug()),
          new TenantName(name()),
          new Email(owner.email()),
          new DisplayName(owner.displayName()),
          Optional.ofNullable(owner.password()));
    }
  }

  /** The first owner named in a {@link NewTenant}. */
  public interface NewOwner {
    String email();

    String displayName();

    String password();
  }

  /** {@code PATCH /api/v1/tenants/current}. */
  @Schema(name = "UpdateCurrentTenantRequest")
  public record UpdateCurrent(
      @Size(min = 1, max = 100) String name, Boolean selfRegistration, Boolean mfaRequired) {

    /** The change, read into domain values. */
    public UpdateTenantCommand toCommand(OptionalLong expected) {
      return new UpdateTenantCommand(
          Optional.ofNullable(name).map(TenantName::new),
          Optional.ofNullable(selfRegistration),
          Optional.empty(),
          expected,
          Optional.ofNullable(mfaRequired));
    }
  }

  /** {@code POST /api/v1/admin/tenants}. */
  @Schema(name = "CreateTenantRequest")
  public record Create(
      @NotBlank @Size(max = 40) String slug,
      @NotBlank @Size(max = 100) String name,
      @Valid @NotNull Owner owner)
      implements NewTenant {}

  /** The first owner of a new tenant; without a password they are invited by mail. */
  @Schema(name = "TenantOwner")
  public record Owner(
      @NotBlank @Size(max = 320) String email,
      @NotBlank @Size(max = 100) String displayName,
      @Size(max = 1024) String password)
      implements NewOwner {
    @Override
    public String toString() {
      return "Owner[" + email + ", redacted]";
    }
  }

  /** {@code POST /api/v1/tenants}: public sign-up, the owner sets a password. */
  @Schema(name = "SignUpRequest")
  public record SignUp(
      @NotBlank @Size(max = 40) String slug,
      @NotBlank @Size(max = 100) String name,
      @Valid @NotNull SignUpOwner owner)
      implements NewTenant {}

  /** The owner of a signed-up tenant. */
  @Schema(name = "SignUpOwner")
  public record SignUpOwner(
      @NotBlank @Size(max = 320) String email,
      @NotBlank @Size(max = 100) String displayName,
      @NotNull @Size(max = 1024) String password)
      implements NewOwner {
    @Override
    public String toString() {
      return "SignUpOwner[" + email + ", redacted]";
    }
  }

  /** {@code PATCH /api/v1/admin/tenants/{id}}. */
  @Schema(name = "UpdateTenantRequest")
  public record AdminUpdate(
      @Size(min = 1, max = 100) String name,
      @Schema(enumeration = {"active", "suspended"}) @Size(max = 16) String status) {

    /** The change, read into domain values. */
    public UpdateTenantCommand toCommand(OptionalLong expected) {
      return new UpdateTenantCommand(
          Optional.ofNullable(name).map(TenantName::new),
          Optional.empty(),
          Optional.ofNullable(status)
              .map(value -> QueryValues.enumValue(TenantStatus.class, value, "status")),
          expected);
    }
  }
}
