package io.tenantry.bootstrap.support;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls the operations surface (health, metrics, OpenAPI) on the management port. */
public final class Management {
  private Management() {}

  public static RequestSpecification management() {
    URI uri = URI.create(TestHTTPResourceManager.getManagementUri());
    return given().baseUri(uri.getScheme() + "://" + uri.getHost()).port(uri.getPort());
  }

  /** The Prometheus text of {@code /q/metrics}. */
  public static String scrape() {
    return management().get("/q/metrics").then().statusCode(200).extract().asString();
  }

  /**
   * The sum (exemplars aside) of the samples of {@code name} whose labels include {@code label} (""
   * for any).
   */
  public static double sample(String name, String label) {
    Matcher line =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{([^}]*)\\})?\\s+(\\S+)(?:\\s+#.*)?$")
            .matcher(scrape());
    double sum = 0;
    while (line.find()) {
      String labels = line.group(1) == null ? "" : line.group(1);
      if (labels.contains(label)) {
        sum += Double.parseDouble(line.group(2));
      }
    }
    return sum;
  }
}
