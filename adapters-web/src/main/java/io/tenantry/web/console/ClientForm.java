package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.domain.client.ClientName;
import io.tenantry.domain.client.ClientSettings;
import io.tenantry.domain.client.ClientType;
import io.tenantry.domain.client.RedirectUri;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.web.FormErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The client registration form as typed: name, type and redirect URIs, one a line. */
@TemplateData
public record ClientForm(String name, String type, String redirectUris) {
  static final List<String> TYPES = List.of("confidential", "public", "service");

  public ClientForm {
    name = ConsoleInput.orEmpty(name).strip();
    type = type != null && TYPES.contains(type) ? type : "confidential";
    redirectUris = ConsoleInput.orEmpty(redirectUris).strip();
  }

  static ClientForm empty() {
    return new ClientForm("", "confidential", "");
  }

  public List<Option> typeOptions() {
    return Option.of(TYPES, List.of(type));
  }

  ClientType clientType() {
    return ClientType.valueOf(type.toUpperCase(Locale.ROOT));
  }

  /** The settings, or empty with the reasons beside the fields in {@code errors}. */
  Optional<ClientSettings> settings(FormErrors errors) {
    errors.required("name", name);
    List<RedirectUri> uris = new ArrayList<>();
    for (String line : redirectUris.split("\\s+")) {
      if (!line.isBlank()) {
        try {
          uris.add(new RedirectUri(line.strip()));
        } catch (DomainException invalid) {
          errors.flag("redirect_uris", "Not a redirect URI: " + line.strip());
        }
      }
    }
    if (errors.any()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ClientSettings(new ClientName(name), uris, List.of(), Set.of(), null));
    } catch (DomainException invalid) {
      errors.flag("name", ConsoleErrors.describe(invalid));
      return Optional.empty();
    }
  }
}
