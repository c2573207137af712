package io.tenantry.rest.webhook;

import io.tenantry.application.webhook.WebhookCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the webhook routes. */
public final class WebhookRequests {
  private WebhookRequests() {}

  /** {@code POST /api/v1/webhooks}. */
  @Schema(name = "CreateWebhookRequest")
  public record Create(
      @NotBlank @Size(max = 2000) String url,
      @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> events,
      Boolean enabled) {
    WebhookCommand toCommand() {
      return new WebhookCommand(uri(url), Set.copyOf(events), enabled);
    }
  }

  /** {@code PATCH /api/v1/webhooks/{id}}: absent fields stay as they are. */
  @Schema(name = "UpdateWebhookRequest")
  public record Update(
      @Size(min = 1, max = 2000) String url,
      @Size(min = 1, max = 50) List<@NotNull @NotBlank @Size(max = 64) String> events,
      Boolean enabled) {
    WebhookCommand toCommand() {
      return new WebhookCommand(
          url == null ? null : uri(url), events == null ? null : Set.copyOf(events), enabled);
    }
  }

  private static URI uri(String raw) {
    try {
      return new URI(raw);
    } catch (URISyntaxException e) {
      throw new io.tenantry.domain.shared.RuleViolationException("url", "must be a valid URL");
    }
  }
}
