package io.tenantry.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Reads the protected header of a compact JWS before it is verified: smallrye-jwt's parser checks
 * the signature but not the {@code typ}, which RFC 9068 (§4) requires a resource server to check.
 */
final class JwtHeaders {
  /** Looked up once: {@code Json.createReader} looks the provider up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private JwtHeaders() {}

  /** Whether the token's {@code typ} header is {@code type} (case-insensitive, RFC 7515 §4.1.9). */
  static boolean hasType(String token, String type) {
    int dot = token == null ? -1 : token.indexOf('.');
    if (dot <= 0) {
      return false;
    }
    String json =
        new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonObject header = reader.readObject();
      return header.get("typ") instanceof JsonString typ
          && (typ.getString().equalsIgnoreCase(type)
              || typ.getString().equalsIgnoreCase("application/" + type));
    } catch (RuntimeException e) {
      return false;
    }
  }
}
