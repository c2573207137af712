package io.tenantry.rest.edge;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * Blanks the values of secret query parameters (the mail links' {@code token}, an {@code
 * id_token_hint}, a {@code code}) in a server span's URL attributes, so that an exported trace
 * never carries a credential.
 */
@Singleton
@Unremovable
public class SecretQueryRedaction implements SpanProcessor {
  static final AttributeKey<String> QUERY = AttributeKey.stringKey("url.query");
  static final AttributeKey<String> FULL = AttributeKey.stringKey("url.full");
  private static final Pattern SECRET =
      Pattern.compile("(?<=(?:^|[?&])(?:token|id_token_hint|code|refresh_token)=)[^&#]*");

  @Override
  public void onStart(Context parent, ReadWriteSpan span) {
    redact(span, QUERY);
    redact(span, FULL);
  }

  private static void redact(ReadWriteSpan span, AttributeKey<String> key) {
    String value = span.getAttribute(key);
    if (value != null) {
      String redacted = redact(value);
      if (!redacted.equals(value)) {
        span.setAttribute(key, redacted);
      }
    }
  }

  /** The text with every secret parameter's value replaced. */
  static String redact(String text) {
    return SECRET.matcher(text).replaceAll("REDACTED");
  }

  @Override
  public boolean isStartRequired() {
    return true;
  }

  @Override
  public void onEnd(ReadableSpan span) {}

  @Override
  public boolean isEndRequired() {
    return false;
  }
}
