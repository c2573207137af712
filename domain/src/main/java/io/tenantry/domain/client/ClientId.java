package io.tenantry.domain.client;

import io.tenantry.domain.shared.RuleViolationException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An OAuth 2.0 {@code client_id}: opaque and public. Registered clients get a random UUID; the JSON
 * login API uses the built-in {@link #API}.
 */
public record ClientId(String value) {
  private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9._-]{1,100}$");

  /** The built-in client of {@code /api/v1/auth/*}: never registered, never authenticates. */
  public static final ClientId API = new ClientId("tenantry-api");

  public ClientId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new RuleViolationException("client_id", "not a client id");
    }
  }

  public static ClientId random() {
    return new ClientId(UUID.randomUUID().toString());
  }

  /** A presented {@code client_id}; anything malformed is empty. */
  public static Optional<ClientId> parse(String raw) {
    return raw != null && FORMAT.matcher(raw).matches()
        ? Optional.of(new ClientId(raw))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
