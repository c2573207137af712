package io.tenantry.application.fakes;

import io.tenantry.application.tenant.CreateTenantCommand;
import io.tenantry.application.tenant.TenantView;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one tenant fixture of every module: the data of a tenant and its owner, as a command for the
 * use cases ({@link #createIn}) or as the API's request body ({@link #body}, which the HTTP tests
 * post). Each tenant gets a slug no other test uses unless one is given.
 */
public final class TenantTestData {
  private String slug = "acme-" + UUID.randomUUID().toString().substring(0, 8);
  private String name = "Acme Corp";
  private String ownerEmail = "owner@acme.test";
  private String ownerName = "Olivia Owner";
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

  public TenantTestData withOwnerPassword(String value) {
    ownerPassword = value;
    return this;
  }

  /** The owner is invited by mail instead of getting a password. */
  public TenantTestData withoutOwnerPassword() {
    ownerPassword = null;
    return this;
  }

  public String slug() {
    return slug;
  }

  public String ownerEmail() {
    return ownerEmail;
  }

  /** Null when the owner is invited instead. */
  public String ownerPassword() {
    return ownerPassword;
  }

  public CreateTenantCommand command() {
    return Commands.createTenant(slug, name, ownerEmail, ownerName, ownerPassword);
  }

  /** The body of {@code POST /api/v1/admin/tenants}. */
  public Map<String, Object> body() {
    Map<String, Object> owner = new HashMap<>();
    owner.put("email", ownerEmail);
    owner.put("display_name", ownerName);
    if (ownerPassword != null) {
      owner.put("password", ownerPassword);
    }
    return Map.of("slug", slug, "name", name, "owner", owner);
  }

  /** Created by the platform admin of {@code app}. */
  public TenantView createIn(TestApp app) {
    return app.useCases.createTenant.create(app.platformAdmin().actor(), command());
  }

  /** Created by the platform admin; returns the owner's session. */
  public TestApp.Session createAndLogInOwner(TestApp app) {
    createIn(app);
    return app.logIn(slug, ownerEmail, ownerPassword);
  }
}
