package io.tenantry.bootstrap.ops;

import static io.tenantry.bootstrap.ops.Manifests.find;
import static io.tenantry.bootstrap.ops.Manifests.list;
import static io.tenantry.bootstrap.ops.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the committed Kubernetes manifest the way a cluster admission review would. */
class KubernetesManifestTest {
  private static Map<String, Object> pod;
  private static Map<String, Object> container;
  private static Map<String, Object> podAnnotations;
  private static Map<String, Object> service;

  @BeforeAll
  static void readDeployment() {
    List<Map<String, Object>> documents = Manifests.documents("kubernetes.yml");
    Map<String, Object> deployment = find(documents, "Deployment", "tenantry");
    pod = map(map(map(deployment, "spec"), "template"), "spec");
    podAnnotations = map(map(map(map(deployment, "spec"), "template"), "metadata"), "annotations");
    service = find(documents, "Service", "tenantry");
    container = list(pod, "containers").get(0);
  }

  @Test
  void shouldProbeLivenessReadinessAndStartupOverHttp() {
    assertThat(path("livenessProbe")).isEqualTo("/q/health/live");
    assertThat(path("readinessProbe")).isEqualTo("/q/health/ready");
    assertThat(path("startupProbe")).isEqualTo("/q/health/started");
  }

  @Test
  void shouldProbeAndScrapeOnTheManagementPortWhichTheServiceDoesNotExpose() {
    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      assertThat(map(map(container, probe), "httpGet").get("port")).as(probe).isEqualTo(9000);
    }
    assertThat(container.get("ports").toString())
        .contains("containerPort=8080")
        .contains("containerPort=9000, name=management");
    assertThat(podAnnotations)
        .containsEntry("prometheus.io/scrape", "true")
        .containsEntry("prometheus.io/port", "9000")
        .containsEntry("prometheus.io/path", "/q/metrics");
    assertThat(map(service, "spec").get("ports").toString())
        .contains("targetPort=8080")
        .doesNotContain("9000");
  }

  @Test
  void shouldRunAsNonRootWithoutCapabilitiesOnAReadOnlyRoot() {
    Map<String, Object> podSecurity = map(pod, "securityContext");
    Map<String, Object> security = map(container, "securityContext");

    assertThat(podSecurity).containsEntry("runAsNonRoot", true).containsEntry("runAsUser", 185);
    assertThat(security)
        .containsEntry("runAsNonRoot", true)
        .containsEntry("readOnlyRootFilesystem", true)
        .containsEntry("allowPrivilegeEscalation", false);
    assertThat(map(security, "capabilities")).containsEntry("drop", List.of("ALL"));
  }

  @Test
  void shouldLimitResourcesAndTakeSecretsFromSecrets() {
    Map<String, Object> resources = map(container, "resources");
    assertThat(map(resources, "requests")).containsKeys("cpu", "memory");
    assertThat(map(resources, "limits")).containsKeys("cpu", "memory");

    Map<String, Object> password =
        list(container, "env").stream()
            .filter(var -> "QUARKUS_DATASOURCE_PASSWORD".equals(var.get("name")))
            .findFirst()
            .orElseThrow();
    assertThat(password).doesNotContainKey("value");
    assertThat(map(map(password, "valueFrom"), "secretKeyRef"))
        .containsEntry("name", "tenantry-db");
    assertThat(pod.get("volumes").toString()).contains("secretName=tenantry-jwt");
  }

  private static String path(String probe) {
    return String.valueOf(map(map(container, probe), "httpGet").get("path"));
  }
}
