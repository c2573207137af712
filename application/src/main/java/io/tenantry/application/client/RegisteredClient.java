package io.tenantry.application.client;

import java.util.Optional;

/** A client just created or given a new secret, with the secret: shown this once, never again. */
public record RegisteredClient(ClientView client, Optional<String> secret) {
  @Override
  public String toString() {
    return "RegisteredClient[" + client.id() + ", secret redacted]";
  }
}
