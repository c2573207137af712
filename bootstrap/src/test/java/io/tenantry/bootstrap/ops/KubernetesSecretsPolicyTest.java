package io.tenantry.bootstrap.ops;

import static io.tenantry.bootstrap.ops.Manifests.find;
import static io.tenantry.bootstrap.ops.Manifests.list;
import static io.tenantry.bootstrap.ops.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment policy for what reaches the pod: database and key settings only by Secret
 * reference, each described by an example Secret, and ingress limited by a NetworkPolicy.
 */
class KubernetesSecretsPolicyTest {
  private static List<Map<String, Object>> documents;
  private static Map<String, Object> pod;
  private static Map<String, Object> container;

  @BeforeAll
  static void read() {
    documents = Manifests.documents("kubernetes.yml");
    pod = map(map(map(find(documents, "Deployment", "tenantry"), "spec"), "template"), "spec");
    container = list(pod, "containers").get(0);
  }

  @Test
  void shouldReadTheDatabaseAuditAndMfaKeysFromSecretsThatTheExamplesDescribe() {
    List<Map<String, Object>> examples = Manifests.documents("examples/secrets.yml");
    for (String name :
        List.of(
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "APP_AUDIT_ANCHOR_KEY",
            "APP_MFA_SECRET_KEY")) {
      Map<String, Object> reference = map(map(env(name), "valueFrom"), "secretKeyRef");
      assertThat(env(name)).as(name).doesNotContainKey("value");
      Map<String, Object> secret = find(examples, "Secret", (String) reference.get("name"));
      assertThat(map(secret, "stringData")).as(name).containsKey((String) reference.get("key"));
    }
  }

  @Test
  void shouldMountTheSigningKeyFromASecretThatTheExamplesDescribe() {
    Map<String, Object> volume =
        list(pod, "volumes").stream()
            .filter(v -> v.containsKey("secret"))
            .findFirst()
            .orElseThrow();
    Map<String, Object> mount =
        list(container, "volumeMounts").stream()
            .filter(m -> volume.get("name").equals(m.get("name")))
            .findFirst()
            .orElseThrow();
    String secretName = (String) map(volume, "secret").get("secretName");
    Map<String, Object> secret =
        find(Manifests.documents("examples/secrets.yml"), "Secret", secretName);

    assertThat(mount).containsEntry("readOnly", true);
    assertThat(env("APP_JWT_SIGNING_KEY").get("value"))
        .isEqualTo(mount.get("mountPath") + "/signing-key.pem");
    assertThat(map(secret, "stringData")).containsKey("signing-key.pem");
  }

  @Test
  void shouldAdmitTheApiPortAndTheManagementPortOnlyFromMonitoring() {
    Map<String, Object> policy = map(find(documents, "NetworkPolicy", "tenantry"), "spec");
    List<Map<String, Object>> rules = list(policy, "ingress");

    assertThat(map(policy, "podSelector").get("matchLabels"))
        .isEqualTo(
            map(map(find(documents, "Deployment", "tenantry"), "spec"), "selector")
                .get("matchLabels"));
    assertThat(policy.get("policyTypes")).isEqualTo(List.of("Ingress"));
    assertThat(rules).hasSize(2);
    assertThat(rules.get(0)).doesNotContainKey("from");
    assertThat(rules.get(0).get("ports").toString()).contains("port=8080").doesNotContain("9000");
    assertThat(rules.get(1).get("ports").toString()).contains("port=9000");
    assertThat(list(rules.get(1), "from").get(0)).containsOnlyKeys("namespaceSelector");
  }

  private static Map<String, Object> env(String name) {
    return list(container, "env").stream()
        .filter(var -> name.equals(var.get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no env " + name));
  }
}
