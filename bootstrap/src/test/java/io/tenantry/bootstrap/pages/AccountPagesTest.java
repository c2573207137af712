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
import io.tenantry.bootstrap.support.Api;
import io.tenantry.bootstrap.support.Browser;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.Users.CreatedUser;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The hosted sign-in and {@code /account} in headless chromium, as a person uses them; every change
 * made on the page is then checked over the JSON API.
 */
@QuarkusTest
class AccountPagesTest {
  private static final String NEW_PASSWORD = "a new passphrase typed on the page";
  private static Browser browser;

  @TestHTTPResource("/")
  URL app;

  private CreatedTenant acme;
  private CreatedUser user;

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
  void createUser() {
    acme = Tenants.create(aTenant().withName("Acme Corp"));
    user = Users.create(acme, aUser());
  }

  @Test
  void shouldSignInWithTheSameAnswerForEveryFailureThenSeeTheAccount() {
    browser.open(url("/sign-in?tenant=" + acme.slug()));
    assertThat(browser.heading()).isEqualTo("Sign in to Acme Corp");
    assertThat(browser.driver().findElements(By.id("tenant"))).isEmpty();
    assertThat(browser.find("label[for=email]").getText()).isEqualTo("E-mail address");

    signIn(user.email(), "not the password at all");
    assertThat(browser.find("#sign-in-error").getText()).startsWith("The sign-in did not work.");
    browser.screenshot("sign-in");
    signIn(user.email(), PASSWORD);

    assertThat(browser.heading()).isEqualTo("Your account");
    assertThat(browser.find(".tenant").getText()).isEqualTo("Acme Corp");
    assertThat(browser.find("main").getText()).contains("Signed in as " + user.email());
    browser.screenshot("account");
  }

  @Test
  void shouldChangeTheNameOnTheAccountPage() {
    signedIn();
    browser.type("#display_name", " ");
    browser.submit("#profile-submit");
    assertThat(browser.find("#display_name-error").getText()).isEqualTo("Fill in this field.");

    browser.type("#display_name", "Ada Renamed");
    browser.submit("#profile-submit");

    assertThat(browser.find("#notice").getText()).isEqualTo("Your name is saved.");
    assertThat(browser.find("#display_name").getAttribute("value")).isEqualTo("Ada Renamed");
    as(user.token()).get("/api/v1/users/me").then().body("display_name", equalTo("Ada Renamed"));
  }

  @Test
  void shouldChangeThePasswordShowingErrorsBesideTheFields() {
    signedIn();
    changePassword("not my current password", NEW_PASSWORD);
    assertThat(browser.find("#current_password-error").getText())
        .isEqualTo("This is not your current password.");
    changePassword(PASSWORD, "short");
    assertThat(browser.find("#new_password-error").getText())
        .startsWith("Choose a stronger password");
    assertThat(browser.find("#new_password").getAttribute("aria-invalid")).isEqualTo("true");

    changePassword(PASSWORD, NEW_PASSWORD);

    assertThat(browser.find("#notice").getText()).startsWith("Your password is changed.");
    login(acme.slug(), user.email(), PASSWORD).statusCode(401);
    login(acme.slug(), user.email(), NEW_PASSWORD).statusCode(200);
    refresh(user.session().refreshToken()).statusCode(401);
    browser.driver().navigate().refresh();
    assertThat(browser.heading()).isEqualTo("Your account");
  }

  @Test
  void shouldListTheSessionsAndEndOneWhoseRefreshTokenThenFails() {
    Api.Session phone = Api.session(acme.slug(), user.email(), PASSWORD);
    List<Map<String, Object>> listed =
        as(phone.accessToken()).get("/api/v1/users/me/sessions").then().extract().path("");
    Object phoneId =
        listed.stream().filter(s -> (Boolean) s.get("current")).findFirst().get().get("id");
    signedIn();
    assertThat(browser.driver().findElements(By.cssSelector(".session"))).hasSize(3);
    assertThat(browser.find(".session strong").getText()).isEqualTo("This browser");

    browser.submit("#session-" + phoneId + " button");

    assertThat(browser.find("#notice").getText()).isEqualTo("The session is signed out.");
    assertThat(browser.driver().findElements(By.cssSelector(".session"))).hasSize(2);
    refresh(phone.refreshToken()).statusCode(401);
    refresh(user.session().refreshToken()).statusCode(200);
  }

  @Test
  void shouldSignOutAndNoLongerShowTheAccount() {
    signedIn();

    browser.submit("#sign-out");

    assertThat(browser.heading()).isEqualTo("Sign in to Acme Corp");
    browser.driver().get(url("/account"));
    assertThat(browser.heading()).isEqualTo("Sign in");
  }

  private void signedIn() {
    browser.open(url("/sign-in?tenant=" + acme.slug()));
    signIn(user.email(), PASSWORD);
    assertThat(browser.heading()).isEqualTo("Your account");
  }

  private void signIn(String email, String password) {
    browser.type("#email", email);
    browser.type("#password", password);
    browser.submit();
  }

  private void changePassword(String current, String chosen) {
    browser.type("#current_password", current);
    browser.type("#new_password", chosen);
    browser.submit("#password-submit");
  }

  private static io.restassured.response.ValidatableResponse refresh(String refreshToken) {
    return json().body(Map.of("refresh_token", refreshToken)).post("/api/v1/auth/refresh").then();
  }

  private String url(String path) {
    return app.toString().replaceAll("/+$", "") + path;
  }
}
