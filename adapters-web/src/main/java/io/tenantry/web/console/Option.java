package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import java.util.Collection;
import java.util.List;

/** One choice of a select or a group of checkboxes, and whether it is chosen. */
@TemplateData
public record Option(String value, String label, boolean chosen) {

  /** Options whose label is their value, chosen when in {@code chosen}. */
  static List<Option> of(Collection<String> values, Collection<String> chosen) {
    return values.stream().map(v -> new Option(v, v, chosen.contains(v))).toList();
  }
}
