package io.tenantry.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.yaml.snakeyaml.Yaml;

/** The committed deployment files (deploy/kubernetes) and application configuration, as read. */
final class Manifests {
  static final Path DIRECTORY = Path.of("..", "deploy", "kubernetes");

  private Manifests() {}

  /** Every document of a multi-document YAML file below deploy/kubernetes. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> documents(String file) {
    List<Map<String, Object>> documents = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(DIRECTORY.resolve(file))) {
      new Yaml().loadAll(reader).forEach(doc -> documents.add((Map<String, Object>) doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }

  /** The one document of that kind and name. */
  static Map<String, Object> find(List<Map<String, Object>> documents, String kind, String name) {
    List<Map<String, Object>> found =
        documents.stream()
            .filter(doc -> kind.equals(doc.get("kind")))
            .filter(doc -> name.equals(map(doc, "metadata").get("name")))
            .toList();
    assertThat(found).as(kind + " " + name).hasSize(1);
    return found.get(0);
  }

  /** The application's own configuration (bootstrap/src/main/resources/application.properties). */
  static Properties applicationProperties() {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(Path.of("src", "main", "resources", "application.properties"))) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(List.class);
    return (List<Map<String, Object>>) value;
  }
}
