package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.application.webhook.WebhookCommand;
import io.tenantry.web.FormErrors;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The webhook form as typed: the target URL and the event types, separated by spaces. */
@TemplateData
public record WebhookForm(String url, String events) {
  public WebhookForm {
    url = ConsoleInput.orEmpty(url).strip();
    events = ConsoleInput.orEmpty(events).strip();
  }

  static WebhookForm empty() {
    return new WebhookForm("", "*");
  }

  /** The command (enabled), or empty with the reasons beside the fields in {@code errors}. */
  Optional<WebhookCommand> command(FormErrors errors) {
    errors.required("url", url).required("events", events);
    URI target = null;
    if (!url.isEmpty()) {
      try {
        target = new URI(url);
      } catch (URISyntaxException notAUri) {
        errors.flag("url", "Enter an https:// address.");
      }
    }
    Set<String> types =
        Arrays.stream(events.split("[\\s,]+"))
            .filter(t -> !t.isBlank())
            .collect(Collectors.toSet());
    return errors.any() ? Optional.empty() : Optional.of(new WebhookCommand(target, types, true));
  }
}
