package io.tenantry.application.webhook;

import java.net.URI;
import java.util.Set;

/** An endpoint's URL, event types and switch; on a change, null leaves a field as it is. */
public record WebhookCommand(URI url, Set<String> events, Boolean enabled) {}
