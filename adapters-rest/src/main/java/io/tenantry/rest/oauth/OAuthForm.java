package io.tenantry.rest.oauth;

import io.tenantry.application.oauth.OAuthException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of an {@code application/x-www-form-urlencoded} OAuth request. A parameter sent
 * twice is refused (RFC 6749 §3.1, §3.2); an empty one counts as absent.
 */
public final class OAuthForm {
  private final MultivaluedMap<String, String> parameters;

  public OAuthForm(MultivaluedMap<String, String> parameters) {
    this.parameters = parameters;
  }

  /** The parameter's single value, if it was sent and is not empty. */
  public Optional<String> optional(String name) {
    List<String> values = parameters == null ? null : parameters.get(name);
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw OAuthException.invalidRequest("parameter " + name + " is repeated");
    }
    return Optional.ofNullable(values.get(0)).filter(value -> !value.isEmpty());
  }

  /** The parameter's single value; missing → {@code invalid_request}. */
  public String required(String name) {
    return optional(name)
        .orElseThrow(() -> OAuthException.invalidRequest("parameter " + name + " is missing"));
  }
}
