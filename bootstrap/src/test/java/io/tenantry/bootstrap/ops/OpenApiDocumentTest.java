package io.tenantry.bootstrap.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tenantry.rest.shared.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

@QuarkusTest
class OpenApiDocumentTest {
  private static final Path COMMITTED = Path.of("..", "docs", "api", "openapi.yaml");

  @Test
  void shouldMatchTheCommittedDocument() throws IOException {
    String served =
        given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();

    // Compared as data: the scanner orders some constraint keys differently from run to run.
    assertThat(parse(Files.readString(COMMITTED)))
        .as("docs/api/openapi.yaml is out of date: run scripts/generate_openapi.sh and commit it")
        .isEqualTo(parse(served));
  }

  @Test
  void shouldDeclareTheBearerSchemeAndRequireItOnProtectedRoutes() {
    JsonPath doc = json();

    assertThat(doc.getString("components.securitySchemes.bearer.type")).isEqualTo("http");
    assertThat(doc.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
    assertThat(doc.getString("components.securitySchemes.bearer.bearerFormat")).isEqualTo("JWT");
    assertThat(security(doc, "/api/v1/users", "get")).isEqualTo("[{bearer=[]}]");
    assertThat(security(doc, "/api/v1/admin/tenants", "post")).isEqualTo("[{bearer=[]}]");
    assertThat(security(doc, "/api/v1/auth/login", "post")).isEqualTo("null");
  }

  @Test
  void shouldDescribeProblemResponsesOnEveryOperation() {
    JsonPath doc = json();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");

    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  @SuppressWarnings("unchecked")
                  Map<String, Map<String, Object>> responses =
                      (Map<String, Map<String, Object>>) operation.get("responses");
                  assertThat(responses).as(method + " " + path).containsKey("500");
                  assertThat(responses.get("500").toString())
                      .contains("application/problem+json", "#/components/schemas/Problem");
                }));
    assertThat(responseCodes(doc, "/api/v1/users/{id}", "patch"))
        .contains("400", "401", "403", "404", "409", "412", "500");
    assertThat(responseCodes(doc, "/api/v1/auth/login", "post")).contains("400", "401", "429");
  }

  @Test
  void shouldDescribeEveryFieldOfTheProblemBody() {
    List<String> fields =
        Arrays.stream(Problem.class.getRecordComponents())
            .map(component -> component.getName())
            .collect(Collectors.toList());

    assertThat(json().getMap("components.schemas.Problem.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(fields);
  }

  private static JsonPath json() {
    return given().accept("application/json").get("/q/openapi?format=json").jsonPath();
  }

  private static String security(JsonPath doc, String path, String method) {
    return String.valueOf(doc.getList("paths.'" + path + "'." + method + ".security"));
  }

  private static java.util.Set<String> responseCodes(JsonPath doc, String path, String method) {
    return doc.getMap("paths.'" + path + "'." + method + ".responses").keySet().stream()
        .map(String::valueOf)
        .collect(Collectors.toSet());
  }

  private static Object parse(String yaml) {
    return new Yaml().load(yaml);
  }
}
