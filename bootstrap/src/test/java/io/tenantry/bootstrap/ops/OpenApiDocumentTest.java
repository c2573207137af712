package io.tenantry.bootstrap.ops;

import static io.tenantry.bootstrap.support.Management.management;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

@QuarkusTest
class OpenApiDocumentTest {
  private static final Path COMMITTED = Path.of("..", "docs", "api", "openapi.yaml");

  @Test
  void shouldMatchTheCommittedDocument() throws IOException {
    String served =
        management().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();

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

    operations(doc)
        .forEach(
            (name, operation) -> {
              Map<String, Object> responses = responses(operation);
              assertThat(responses).as(name).containsKey("500");
              assertThat(resolve(doc, responses.get("500")).toString())
                  .contains("application/problem+json", "#/components/schemas/Problem");
            });
    assertThat(responseCodes(doc, "/api/v1/users/{id}", "patch"))
        .contains("400", "401", "403", "404", "409", "412", "500");
    assertThat(responseCodes(doc, "/api/v1/auth/login", "post")).contains("400", "401", "429");
  }

  @Test
  void shouldGiveEverySuccessResponseARealSchema() {
    JsonPath doc = json();

    operations(doc)
        .forEach(
            (name, operation) ->
                responses(operation)
                    .forEach(
                        (code, response) -> {
                          Map<?, ?> content = (Map<?, ?>) ((Map<?, ?>) response).get("content");
                          if (!code.startsWith("2") || content == null) {
                            return;
                          }
                          content.forEach(
                              (type, media) ->
                                  assertThat((Map<?, ?>) ((Map<?, ?>) media).get("schema"))
                                      .as(name + " " + code + " " + type)
                                      .isNotEmpty());
                        }));
    assertThat(responseCodes(doc, "/api/v1/users", "post")).contains("201").doesNotContain("200");
    assertThat(responseCodes(doc, "/api/v1/users/{id}", "delete"))
        .contains("204")
        .doesNotContain("200");
    assertThat(doc.getMap("paths.'/api/v1/users'.post.responses.201.headers").keySet())
        .containsExactlyInAnyOrder("Location", "ETag");
    assertThat(doc.getMap("paths.'/api/v1/users/{id}'.get.responses.200.headers").keySet())
        .containsExactly("ETag");
  }

  @Test
  void shouldDocumentTheHeadersOfAuthenticationAndRetryAnswers() {
    JsonPath doc = json();

    operations(doc)
        .forEach(
            (name, operation) -> {
              Map<String, Object> responses = responses(operation);
              if (operation.get("security") != null) {
                assertThat(responses).as(name).containsKeys("401", "403");
              }
              if (responses.containsKey("401")) {
                assertThat(headers(doc, responses.get("401")).keySet())
                    .as(name)
                    .contains("WWW-Authenticate");
              }
              for (String retried : List.of("429", "503")) {
                if (responses.containsKey(retried)) {
                  assertThat(headers(doc, responses.get(retried)).keySet())
                      .as(name)
                      .contains("Retry-After");
                }
              }
            });
    assertThat(responseCodes(doc, "/api/v1/auth/refresh", "post")).contains("429");
  }

  @Test
  void shouldNameOperationsTagsAndSchemasForPeople() {
    JsonPath doc = json();
    Map<String, Map<String, Object>> operations = operations(doc);
    List<Object> ids = operations.values().stream().map(op -> op.get("operationId")).toList();

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> ((String) id).matches("[a-z][A-Za-z]+"));
    assertThat(ids)
        .contains("login", "refreshToken", "listUsers", "inviteUser", "getCurrentTenant");
    assertThat(operations.values().stream().map(op -> op.get("tags").toString()).distinct())
        .containsExactlyInAnyOrder(
            "[Auth]",
            "[Users]",
            "[Tenants]",
            "[Admin]",
            "[Audit]",
            "[Keys]",
            "[Sessions]",
            "[Clients]",
            "[MFA]",
            "[Roles]",
            "[API keys]",
            "[Webhooks]");
    assertThat(doc.<String, Object>getMap("components.schemas").keySet())
        .contains("User", "Tenant", "TokenPair", "UserPage", "TenantPage", "Problem")
        .noneMatch(name -> name.endsWith("Response"));
    assertThat(doc.getList("components.schemas.User.properties.status.enum"))
        .containsExactly("active", "invited", "disabled");
    assertThat(doc.getList("components.schemas.Tenant.properties.status.enum"))
        .containsExactly("active", "suspended");
    // A role is any name a tenant may define, not an enum of the built-in ones (those are listed
    // in the description), so a generated client reads custom roles too.
    assertThat(doc.getString("components.schemas.Role.type")).isEqualTo("string");
    assertThat(doc.getString("components.schemas.Role.pattern"))
        .isEqualTo("^[a-z][a-z0-9_-]{1,39}$");
    assertThat(doc.getList("components.schemas.Role.enum")).isNull();
    assertThat(doc.getString("components.schemas.Role.description"))
        .contains("owner", "admin", "member");
  }

  @Test
  void shouldUseEachSharedProblemResponseUnderOneStatus() {
    Map<String, Set<String>> statusesByResponse = new TreeMap<>();

    operations(json())
        .values()
        .forEach(
            operation ->
                responses(operation)
                    .forEach(
                        (code, response) -> {
                          Object ref = ((Map<?, ?>) response).get("$ref");
                          if (ref != null) {
                            statusesByResponse
                                .computeIfAbsent(ref.toString(), r -> new TreeSet<>())
                                .add(code);
                          }
                        }));

    assertThat(statusesByResponse).isNotEmpty();
    statusesByResponse.forEach((ref, statuses) -> assertThat(statuses).as(ref).hasSize(1));
    assertThat(statusesByResponse.get("#/components/responses/NotFound")).containsExactly("404");
  }

  @Test
  void shouldResolveEveryReference() {
    JsonPath doc = json();
    String text = management().accept("application/json").get("/q/openapi?format=json").asString();
    Matcher refs = Pattern.compile("\"#/components/(\\w+)/([\\w-]+)\"").matcher(text);

    while (refs.find()) {
      assertThat(doc.getMap("components." + refs.group(1)))
          .as(refs.group())
          .containsKey(refs.group(2));
    }
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
    return management().accept("application/json").get("/q/openapi?format=json").jsonPath();
  }

  /** Every operation by "METHOD path". */
  private static Map<String, Map<String, Object>> operations(JsonPath doc) {
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    Map<String, Map<String, Object>> operations = new TreeMap<>();
    paths.forEach(
        (path, byMethod) ->
            byMethod.forEach(
                (method, operation) -> operations.put(method + " " + path, operation)));
    return operations;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> responses(Map<String, Object> operation) {
    return (Map<String, Object>) operation.get("responses");
  }

  /** The response itself, or the component it refers to. */
  private static Map<?, ?> resolve(JsonPath doc, Object response) {
    Object ref = ((Map<?, ?>) response).get("$ref");
    if (ref == null) {
      return (Map<?, ?>) response;
    }
    String name = ref.toString().substring("#/components/responses/".length());
    return doc.getMap("components.responses." + name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> headers(JsonPath doc, Object response) {
    Map<String, Object> headers = (Map<String, Object>) resolve(doc, response).get("headers");
    return headers == null ? Map.of() : headers;
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
