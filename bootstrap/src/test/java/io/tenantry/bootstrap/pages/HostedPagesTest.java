package io.tenantry.bootstrap.pages;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.PASSWORD;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Api.json;
import static io.tenantry.bootstrap.support.Api.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.bootstrap.support.Browser;
import io.tenantry.bootstrap.support.Mailbox;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages behind the links in Tenantry's mails, used as a person would: the mail arrives over
 * SMTP, its link is opened in headless chromium, the form is filled in and sent, and the user can
 * then log in over the JSON API.
 */
@QuarkusTest
class HostedPagesTest {
  static final String PUBLIC_URL = "http://localhost:8080";
  private static final String NEW_PASSWORD = "a fresh passphrase from the page";
  private static Browser browser;

  @TestHTTPResource("/")
  URL app;

  private CreatedTenant acme;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
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
  }

  @Test
  void shouldAcceptAnInvitationOnThePageAndThenLogIn() {
    CreatedUser invited = Users.invite(acme, aUser());
    browser.open(local(Mailbox.linkIn(Mailbox.await(invited.email(), "invited"))));

    assertThat(browser.heading()).isEqualTo("Join Acme Corp");
    assertThat(browser.driver().getTitle()).isEqualTo("Join Acme Corp · Tenantry");
    browser.screenshot("accept-invitation");
    browser.type("#display_name", "Ivy Invited");
    browser.type("#password", NEW_PASSWORD);
    browser.type("#password_again", NEW_PASSWORD);
    browser.submit();

    assertThat(browser.heading()).isEqualTo("Your account is ready");
    assertThat(browser.find("main").getText())
        .contains("You can now sign in to Acme Corp with your e-mail address");
    String access =
        login(acme.slug(), invited.email(), NEW_PASSWORD)
            .statusCode(200)
            .extract()
            .path("access_token");
    as(access).get("/api/v1/users/me").then().body("display_name", equalTo("Ivy Invited"));
  }

  @Test
  void shouldVerifyTheAddressOnlyWhenThePersonPressesTheButton() {
    as(acme.owner().accessToken())
        .body(Map.of("self_registration", true))
        .patch("/api/v1/tenants/current")
        .then()
        .statusCode(200);
    String email = "vera-" + System.nanoTime() + "@acme.test";
    json()
        .body(
            Map.of(
                "tenant",
                acme.slug(),
                "email",
                email,
                "password",
                PASSWORD,
                "display_name",
                "Vera"))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(201);
    browser.open(local(Mailbox.linkIn(Mailbox.await(email, "Confirm your e-mail address"))));

    assertThat(browser.heading()).isEqualTo("Confirm your e-mail address");
    assertThat(browser.find(".tenant").getText()).isEqualTo("Acme Corp");
    browser.screenshot("verify-email");
    // Opening the link alone verifies nothing: a self-registered address must be verified
    // before the first login, so the login is still refused.
    login(acme.slug(), email, PASSWORD).statusCode(401);
    browser.submit();

    assertThat(browser.heading()).isEqualTo("Address confirmed");
    String access =
        login(acme.slug(), email, PASSWORD).statusCode(200).extract().path("access_token");
    as(access).get("/api/v1/users/me").then().body("email_verified", equalTo(true));
  }

  @Test
  void shouldResetThePasswordShowingErrorsBesideTheField() {
    CreatedUser user = Users.create(acme, aUser());
    String link = resetLinkFor(user);
    assertThat(link).startsWith(PUBLIC_URL + "/reset-password?token=");
    browser.open(local(link));
    assertThat(browser.heading()).isEqualTo("Choose a new password");

    browser.type("#password", "short");
    browser.type("#password_again", "short");
    browser.submit();
    assertThat(browser.find("#password-error").getText()).startsWith("Choose a stronger password");
    assertThat(browser.find("#password").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#password").getAttribute("aria-describedby"))
        .contains("password-error");
    browser.screenshot("reset-password");

    browser.type("#password", NEW_PASSWORD);
    browser.type("#password_again", NEW_PASSWORD + " typo");
    browser.submit();
    assertThat(browser.find("#password_again-error").getText())
        .isEqualTo("The two passwords are not the same.");

    browser.type("#password", NEW_PASSWORD);
    browser.type("#password_again", NEW_PASSWORD);
    browser.submit();
    assertThat(browser.heading()).isEqualTo("Password changed");
    login(acme.slug(), user.email(), NEW_PASSWORD).statusCode(200);
    login(acme.slug(), user.email(), PASSWORD).statusCode(401);

    browser.open(local(link));
    assertThat(browser.heading()).isEqualTo("This link cannot be used");
  }

  private String resetLinkFor(CreatedUser user) {
    json()
        .body(Map.of("tenant", acme.slug(), "email", user.email()))
        .post("/api/v1/auth/password/forgot")
        .then()
        .statusCode(202);
    return Mailbox.linkIn(Mailbox.await(user.email(), "Reset your Acme Corp password"));
  }

  /** The mail's link as sent ({@code app.public-url}), pointed at this test's random port. */
  private String local(String link) {
    assertThat(link).startsWith(PUBLIC_URL + "/");
    String base = app.toString().replaceAll("/+$", "");
    return base + link.substring(PUBLIC_URL.length());
  }
}
