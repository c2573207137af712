package io.tenantry.application.tenant;

/** A new tenant and its first owner; without a password the owner is invited by mail. */
public record CreateTenantCommand(
    String slug, String name, String ownerEmail, String ownerDisplayName, String ownerPassword) {
  @Override
  public String toString() {
    return "CreateTenantCommand[" + slug + ", " + ownerEmail + "]";
  }
}
