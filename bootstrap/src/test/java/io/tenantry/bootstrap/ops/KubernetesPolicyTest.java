package io.tenantry.bootstrap.ops;

import static io.tenantry.bootstrap.ops.Manifests.find;
import static io.tenantry.bootstrap.ops.Manifests.list;
import static io.tenantry.bootstrap.ops.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment policy for deploy/kubernetes, checked like an admission policy (conftest/OPA
 * style): image from configuration, replicas and disruption budget, scrape target, probes, security
 * context, Secret references, network policy, termination grace above the shutdown timeout.
 */
class KubernetesPolicyTest {
  private static final Map<String, Object> POD_LABELS =
      Map.of("app.kubernetes.io/name", "tenantry", "app.kubernetes.io/component", "server");
  private static List<Map<String, Object>> documents;
  private static Map<String, Object> deployment;
  private static Map<String, Object> pod;
  private static Map<String, Object> container;
  private static Properties application;

  @BeforeAll
  static void read() {
    documents = Manifests.documents("kubernetes.yml");
    deployment = find(documents, "Deployment", "tenantry");
    pod = map(map(map(deployment, "spec"), "template"), "spec");
    container = list(pod, "containers").get(0);
    application = Manifests.applicationProperties();
  }

  @Test
  void shouldTakeTheImageAndTagFromTheKustomizationAndPullOnlyWhenMissing() {
    Map<String, Object> kustomization = Manifests.documents("kustomization.yaml").get(0);
    Map<String, Object> image = list(kustomization, "images").get(0);

    assertThat(kustomization.get("resources")).isEqualTo(List.of("kubernetes.yml"));
    assertThat(container.get("image")).isEqualTo(image.get("name")).asString().doesNotContain(":");
    assertThat(String.valueOf(image.get("newTag"))).isNotBlank().isNotEqualTo("latest");
    assertThat(container).containsEntry("imagePullPolicy", "IfNotPresent");
  }

  @Test
  void shouldRunTwoReplicasThatADisruptionBudgetKeepsOneOf() {
    Map<String, Object> spec = map(deployment, "spec");
    assertThat(spec).containsEntry("replicas", 2);
    assertThat(map(spec, "selector").get("matchLabels")).isEqualTo(POD_LABELS);
    assertThat(map(map(spec, "template"), "metadata").get("labels").toString())
        .contains("app.kubernetes.io/name=tenantry", "app.kubernetes.io/component=server");
    assertThat(map(map(spec, "strategy"), "rollingUpdate")).containsEntry("maxUnavailable", 0);

    Map<String, Object> budget = map(find(documents, "PodDisruptionBudget", "tenantry"), "spec");
    assertThat(budget).containsEntry("minAvailable", 1);
    assertThat(map(budget, "selector").get("matchLabels")).isEqualTo(POD_LABELS);
  }

  @Test
  void shouldScrapeOnlyTenantrysManagementServiceOnTheManagementPort() {
    Map<String, Object> monitor = map(find(documents, "ServiceMonitor", "tenantry"), "spec");
    Map<String, Object> selector = map(map(monitor, "selector"), "matchLabels");
    List<Map<String, Object>> selected =
        documents.stream()
            .filter(doc -> "Service".equals(doc.get("kind")))
            .filter(
                doc ->
                    map(map(doc, "metadata"), "labels").entrySet().containsAll(selector.entrySet()))
            .toList();

    assertThat(selector).containsEntry("app.kubernetes.io/name", "tenantry").hasSizeGreaterThan(1);
    assertThat(selected).hasSize(1);
    Map<String, Object> port = list(map(selected.get(0), "spec"), "ports").get(0);
    Map<String, Object> endpoint = list(monitor, "endpoints").get(0);
    assertThat(endpoint)
        .containsEntry("port", port.get("name"))
        .containsEntry("path", "/q/metrics");
    assertThat(port.get("targetPort")).isEqualTo(managementPort());
    assertThat(map(selected.get(0), "spec").get("selector")).isEqualTo(POD_LABELS);
  }

  @Test
  void shouldProbeTheConfiguredManagementPort() {
    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      assertThat(map(map(container, probe), "httpGet").get("port"))
          .as(probe)
          .isEqualTo(managementPort());
    }
    assertThat(list(container, "ports"))
        .anySatisfy(p -> assertThat(p).containsEntry("containerPort", managementPort()));
  }

  @Test
  void shouldDropEveryPrivilegeUnderTheRuntimeDefaultSeccompProfile() {
    Map<String, Object> security = map(container, "securityContext");
    Map<String, Object> podSecurity = map(pod, "securityContext");
    for (Map<String, Object> context : List.of(security, podSecurity)) {
      assertThat(map(context, "seccompProfile")).containsEntry("type", "RuntimeDefault");
      assertThat(context).containsEntry("runAsNonRoot", true);
    }
    assertThat(security)
        .containsEntry("readOnlyRootFilesystem", true)
        .containsEntry("allowPrivilegeEscalation", false)
        .containsEntry("privileged", false);
    assertThat(map(security, "capabilities")).containsEntry("drop", List.of("ALL"));
    assertThat(podSecurity).containsEntry("runAsUser", 185);
    assertThat(pod).containsEntry("automountServiceAccountToken", false);
  }

  @Test
  void shouldReserveTheMemoryItIsLimitedTo() {
    // The smoke test runs the image with the same limit (scripts/container_smoke.sh reads it here).
    Map<String, Object> resources = map(container, "resources");
    assertThat(map(resources, "requests").get("memory"))
        .isEqualTo(map(resources, "limits").get("memory"))
        .isEqualTo("512Mi");
    assertThat(list(container, "env"))
        .anySatisfy(
            var ->
                assertThat(var)
                    .containsEntry("name", "JAVA_OPTS")
                    .extractingByKey("value")
                    .asString()
                    .contains("-XX:MaxRAMPercentage=50.0"));
  }

  @Test
  void shouldOutwaitTheGracefulShutdown() {
    Duration delay = duration(application.getProperty("%prod.quarkus.shutdown.delay"));
    Duration timeout = duration(application.getProperty("quarkus.shutdown.timeout"));
    assertThat(application.getProperty("quarkus.shutdown.delay-enabled")).isEqualTo("true");
    assertThat(delay).isPositive();

    assertThat(Duration.ofSeconds(((Number) pod.get("terminationGracePeriodSeconds")).longValue()))
        .isGreaterThan(delay.plus(timeout));
  }

  private static int managementPort() {
    return Integer.parseInt(application.getProperty("quarkus.management.port"));
  }

  private static Duration duration(String value) {
    assertThat(value).as("a duration like 10s").matches("\\d+s");
    return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
  }
}
