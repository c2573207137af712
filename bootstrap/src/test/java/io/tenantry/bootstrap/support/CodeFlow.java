package io.tenantry.bootstrap.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The client's side of the authorization-code flow with PKCE, as a stock OIDC client does it. */
public final class CodeFlow {
  private CodeFlow() {}

  /** A registered client: its id and, unless public, its secret. */
  public record Client(String id, String secret) {}

  /** One authorization request's secrets: the PKCE verifier, its challenge, state and nonce. */
  public record Pkce(String verifier, String challenge, String state, String nonce) {
    public static Pkce fresh() {
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      return new Pkce(verifier, challengeOf(verifier), "st-" + System.nanoTime(), "n-" + bytes[0]);
    }
  }

  public static Client register(String ownerToken, String type, String redirect, String logout) {
    var created =
        Api.as(ownerToken)
            .body(
                Map.of(
                    "name",
                    "Demo App",
                    "type",
                    type,
                    "redirect_uris",
                    List.of(redirect),
                    "post_logout_redirect_uris",
                    List.of(logout)))
            .post("/api/v1/clients")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new Client(created.getString("client_id"), created.getString("client_secret"));
  }

  /** The authorization request's path and query. */
  public static String authorizePath(String clientId, String redirect, Pkce pkce, String extra) {
    return "/oauth2/authorize?response_type=code&client_id="
        + clientId
        + "&redirect_uri="
        + encode(redirect)
        + "&scope=openid%20email%20profile&state="
        + pkce.state()
        + "&nonce="
        + pkce.nonce()
        + "&code_challenge="
        + pkce.challenge()
        + "&code_challenge_method=S256"
        + extra;
  }

  /** Exchanges a code at the token endpoint as a public client ({@code none}). */
  public static ValidatableResponse exchange(
      Client client, String code, String redirect, String verifier) {
    var request =
        given()
            .formParam("grant_type", "authorization_code")
            .formParam("code", code)
            .formParam("redirect_uri", redirect)
            .formParam("code_verifier", verifier)
            .formParam("client_id", client.id());
    if (client.secret() != null) {
      request.formParam("client_secret", client.secret());
    }
    return request.post("/oauth2/token").then();
  }

  public static ValidatableResponse refresh(Client client, String refreshToken) {
    return given()
        .formParam("grant_type", "refresh_token")
        .formParam("refresh_token", refreshToken)
        .formParam("client_id", client.id())
        .post("/oauth2/token")
        .then();
  }

  /** The query parameters of a URL the browser or a redirect landed on. */
  public static Map<String, String> queryOf(String url) {
    Map<String, String> params = new LinkedHashMap<>();
    String query = URI.create(url).getRawQuery();
    for (String pair : query == null ? new String[0] : query.split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
    }
    return params;
  }

  /** Signs in on the authorize page over HTTP; answers the redirect (not followed). */
  public static Response signInAt(String authorizePath, String email, String password) {
    Response form = given().urlEncodingEnabled(false).redirects().follow(false).get(authorizePath);
    assertThat(form.statusCode()).isEqualTo(200);
    PageForms.Csrf csrf = PageForms.Csrf.of(form);
    var post =
        given()
            .redirects()
            .follow(false)
            .cookie("tenantry_csrf", csrf.cookie())
            .formParam("csrf_token", csrf.field())
            .formParam("email", email)
            .formParam("password", password);
    queryOf("http://x" + authorizePath).forEach(post::formParam);
    return post.post("/oauth2/authorize");
  }

  private static String challengeOf(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
