package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.application.client.ClientView;
import io.tenantry.domain.client.RedirectUri;
import java.util.Locale;
import java.util.stream.Collectors;

/** An OAuth client as the clients table lists it: never its secret. */
@TemplateData
public record ClientRow(String id, String name, String type, String redirectUris, String created) {

  static ClientRow of(ClientView client) {
    return new ClientRow(
        client.id().value(),
        client.name().value(),
        client.type().name().toLowerCase(Locale.ROOT),
        client.redirectUris().stream().map(RedirectUri::value).collect(Collectors.joining(" ")),
        UserRow.time(client.createdAt()));
  }
}
