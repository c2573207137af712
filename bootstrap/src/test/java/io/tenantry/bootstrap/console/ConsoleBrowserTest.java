package io.tenantry.bootstrap.console;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Browser;
import io.tenantry.bootstrap.support.Mailbox;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * The tenant console in headless chromium, as an owner and as a member use it; what the pages
 * change is then checked over the JSON API, and the main pages are saved as screenshots under
 * {@code docs/console/} for the README.
 */
@QuarkusTest
class ConsoleBrowserTest {
  private static Browser browser;

  @TestHTTPResource("/")
  URL app;

  private CreatedTenant acme;
  private CreatedUser bob;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
    browser.driver().manage().window().setSize(new Dimension(1280, 1000));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void createTenant() {
    acme = Tenants.create(aTenant().withName("Acme Corp"));
    bob = Users.create(acme, aUser().withDisplayName("Bob Member").withRoles("member"));
  }

  @Test
  void shouldLetTheOwnerInviteChangeARoleDisableAUserAndSeeAnIntactTrail() {
    login(acme.slug(), bob.email(), "not bob's password").statusCode(401);
    signIn(acme.ownerEmail());
    assertThat(browser.heading()).isEqualTo("Acme Corp");
    assertThat(browser.find("#logins-chart").getTagName()).isEqualTo("svg");
    assertThat(browser.find("#chart-caption").getText()).contains("2 succeeded, 1 failed");
    screenshot("overview");

    String carol = "carol-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
    browser.driver().get(url("/console/users"));
    browser.type("#invite-email", carol);
    browser.type("#invite-name", "Carol Invited");
    browser.submit("#invite-submit");
    assertThat(browser.find("#notice").getText()).isEqualTo("The invitation is on its way.");
    assertThat(Mailbox.await(carol, "invited")).isNotNull();
    browser.driver().get(url("/console/users"));
    assertThat(browser.find("#users").getText()).contains(carol, bob.email());
    screenshot("users");

    browser.driver().get(url("/console/users/" + bob.id()));
    browser.find("#role-admin").click();
    browser.submit("#roles-submit");
    assertThat(browser.find("#user-roles").getText()).isEqualTo("admin, member");
    as(acme.owner().accessToken())
        .get("/api/v1/users/" + bob.id())
        .then()
        .body("roles", hasItem("admin"));
    as(bob.token()).get("/api/v1/users/me").then().statusCode(200);

    browser.submit("#disable-submit");
    assertThat(browser.find("#user-status").getText()).isEqualTo("disabled");
    as(bob.token()).get("/api/v1/users/me").then().statusCode(401);
    screenshot("user");

    browser.driver().get(url("/console/audit"));
    assertThat(browser.find("#chain-badge").getAttribute("class")).contains("good");
    assertThat(browser.find("#chain-badge").getText()).contains("Chain intact");
    assertThat(browser.find("#audit-events").getText())
        .contains("user.disabled", "user.roles.changed", "user.created");
    screenshot("audit");
  }

  @Test
  void shouldDeleteOnlyAfterTheConfirmationStep() {
    signIn(acme.ownerEmail());
    browser.driver().get(url("/console/users/" + bob.id()));

    browser.submit("#delete-link");
    assertThat(browser.heading()).isEqualTo("Delete Bob Member?");
    as(acme.owner().accessToken()).get("/api/v1/users/" + bob.id()).then().statusCode(200);
    screenshot("delete");
    browser.submit("#delete-confirm");

    assertThat(browser.find("#notice").getText()).isEqualTo("The user is deleted.");
    as(acme.owner().accessToken()).get("/api/v1/users/" + bob.id()).then().statusCode(404);
  }

  @Test
  void shouldShowTheSettingsAndSaveThem() {
    signIn(acme.ownerEmail());
    browser.driver().get(url("/console/settings"));
    browser.type("#name", "Acme Renamed");
    browser.find("#self_registration").click();
    screenshot("settings");
    browser.submit("#settings-submit");

    assertThat(browser.find("#notice").getText()).isEqualTo("The settings are saved.");
    as(acme.owner().accessToken())
        .get("/api/v1/tenants/current")
        .then()
        .body("name", equalTo("Acme Renamed"))
        .body("self_registration", equalTo(true));
  }

  @Test
  void shouldDefineACustomRoleFromPermissionCheckboxes() {
    signIn(acme.ownerEmail());
    browser.driver().get(url("/console/roles"));
    browser.type("#role-name", "support");
    browser.type("#role-description", "Support desk");
    browser.find("input[value='users:read']").click();
    browser.find("input[value='audit:read']").click();
    browser.submit("#role-submit");

    assertThat(browser.find("#notice").getText()).isEqualTo("The role is created.");
    assertThat(browser.find("#role-support").getText()).contains("users:read", "audit:read");
    screenshot("roles");
    as(acme.owner().accessToken())
        .get("/api/v1/roles/support")
        .then()
        .statusCode(200)
        .body("permissions", hasItems("users:read", "audit:read"));
  }

  @Test
  void shouldRegisterAClientShowingItsSecretOnceThenDeleteIt() {
    signIn(acme.ownerEmail());
    browser.driver().get(url("/console/clients"));
    browser.type("#client-name", "Orders app");
    browser.type("#redirect_uris", "https://orders.acme.test/callback");
    browser.submit("#client-submit");

    String clientId = browser.find("#new-client-id").getText();
    assertThat(browser.find("#new-client-secret").getText()).isNotBlank();
    screenshot("clients");
    as(acme.owner().accessToken())
        .get("/api/v1/clients/" + clientId)
        .then()
        .statusCode(200)
        .body("name", equalTo("Orders app"));
    browser.driver().get(url("/console/clients"));
    assertThat(browser.driver().findElements(By.id("new-client-secret"))).isEmpty();

    browser.find("#confirm-" + clientId).click();
    browser.submit("#client-" + clientId + " button");
    assertThat(browser.find("#notice").getText()).isEqualTo("The client is deleted.");
    as(acme.owner().accessToken()).get("/api/v1/clients/" + clientId).then().statusCode(404);
  }

  @Test
  void shouldAddAWebhookSendATestEventAndListItsDelivery() {
    signIn(acme.ownerEmail());
    browser.driver().get(url("/console/webhooks"));
    browser.type("#webhook-url", "http://127.0.0.1:9/hooks");
    browser.type("#webhook-events", "user.created user.disabled");
    browser.submit("#webhook-submit");
    assertThat(browser.find("#new-webhook-secret").getText()).startsWith("whsec_");

    browser.submit("#new-webhook-link");
    browser.submit("#webhook-test");

    assertThat(browser.find("#notice").getText()).startsWith("A test event is on its way");
    assertThat(browser.find("#deliveries").getText()).contains("webhook.test");
    screenshot("webhooks");
    as(acme.owner().accessToken())
        .get("/api/v1/webhooks")
        .then()
        .statusCode(200)
        .body("url", hasItem("http://127.0.0.1:9/hooks"));
  }

  @Test
  void shouldShowAMemberNeitherAdminSectionsNorAdminActions() {
    signIn(bob.email());
    assertThat(browser.driver().findElements(By.id("nav-users"))).hasSize(1);
    assertThat(browser.driver().findElements(By.id("nav-audit"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("logins-chart"))).isEmpty();

    browser.driver().get(url("/console/users"));
    assertThat(browser.driver().findElements(By.id("invite-form"))).isEmpty();
    browser.driver().get(url("/console/audit"));
    assertThat(browser.heading()).isEqualTo("Not allowed");

    browser.submit("#sign-out");
    browser.driver().get(url("/console"));
    assertThat(browser.heading()).isEqualTo("Sign in");
  }

  private void signIn(String email) {
    browser.open(url("/console"));
    assertThat(browser.heading()).isEqualTo("Sign in");
    browser.type("#tenant", acme.slug());
    browser.type("#email", email);
    browser.type("#password", PASSWORD);
    browser.submit("#submit");
  }

  private static void screenshot(String name) {
    try {
      Path target = Path.of("..", "docs", "console", name + ".png");
      Files.createDirectories(target.getParent());
      Files.write(target, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String url(String path) {
    return app.toString().replaceAll("/+$", "") + path;
  }
}
