package io.tenantry.application.fakes;

import io.tenantry.application.tenant.CreateTenantCommand;
import io.tenantry.application.tenant.TenantView;

/** Builds tenants: through the platform admin, with an owner who can log in at once. */
public final class TenantTestData {
  private String slug = "acme";
  private String name = "Acme Corp";
  private String ownerEmail;
  private String ownerPassword = TestApp.PASSWORD;

  private TenantTestData() {}

  public static TenantTestData aTenant() {
    return new TenantTestData();
  }

  public TenantTestData withSlug(String value) {
    slug = value;
    return this;
  }

  public TenantTestData withName(String value) {
    name = value;
    return this;
  }

  public TenantTestData withOwnerEmail(String value) {
    ownerEmail = value;
    return this;
  }

  /** The owner is invited by mail instead of getting a password. */
  public TenantTestData withInvitedOwner() {
    ownerPassword = null;
    return this;
  }

  public String ownerEmail() {
    return ownerEmail != null ? ownerEmail : "olivia@" + slug + ".test";
  }

  public CreateTenantCommand command() {
    return Commands.createTenant(slug, name, ownerEmail(), "Olivia Owner", ownerPassword);
  }

  /** Created by the platform admin of {@code app}. */
  public TenantView createIn(TestApp app) {
    return app.useCases.createTenant.create(app.platformAdmin().actor(), command());
  }

  /** Created by the platform admin; returns the owner's session. */
  public TestApp.Session createAndLogInOwner(TestApp app) {
    createIn(app);
    return app.logIn(slug, ownerEmail(), TestApp.PASSWORD);
  }
}
