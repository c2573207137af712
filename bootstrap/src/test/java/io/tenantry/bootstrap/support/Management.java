package io.tenantry.bootstrap.support;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.specification.RequestSpecification;
import java.net.URI;

/** Calls the operations surface (health, metrics, OpenAPI) on the management port. */
public final class Management {
  private Management() {}

  public static RequestSpecification management() {
    URI uri = URI.create(TestHTTPResourceManager.getManagementUri());
    return given().baseUri(uri.getScheme() + "://" + uri.getHost()).port(uri.getPort());
  }
}
