package io.tenantry.rest.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretQueryRedactionTest {

  @Test
  void shouldBlankTheTokenOfAMailLinkInTheExportedSpan() {
    List<SpanData> exported = new ArrayList<>();
    SdkTracerProvider tracer =
        SdkTracerProvider.builder()
            .addSpanProcessor(new SecretQueryRedaction())
            .addSpanProcessor(SimpleSpanProcessor.create(collectingInto(exported)))
            .build();

    tracer
        .get("test")
        .spanBuilder("GET /reset-password")
        .setSpanKind(SpanKind.SERVER)
        .setAttribute(SecretQueryRedaction.QUERY, "token=abcDEF_123-xyz&lang=en")
        .setAttribute(
            SecretQueryRedaction.FULL, "https://id.example.com/reset-password?token=abcDEF_123-xyz")
        .startSpan()
        .end();

    SpanData span = exported.get(0);
    assertThat(span.getAttributes().get(SecretQueryRedaction.QUERY))
        .isEqualTo("token=REDACTED&lang=en");
    assertThat(span.getAttributes().get(SecretQueryRedaction.FULL))
        .isEqualTo("https://id.example.com/reset-password?token=REDACTED");
  }

  @Test
  void shouldBlankLogoutHintsAndCodesButKeepOrdinaryParameters() {
    assertThat(SecretQueryRedaction.redact("id_token_hint=eyJ.a.b&state=s1"))
        .isEqualTo("id_token_hint=REDACTED&state=s1");
    assertThat(SecretQueryRedaction.redact("page=0&size=20&q=code"))
        .isEqualTo("page=0&size=20&q=code");
    assertThat(SecretQueryRedaction.redact("client_id=c&code=xyz"))
        .isEqualTo("client_id=c&code=REDACTED");
    assertThat(SecretQueryRedaction.redact("mytoken=keep")).isEqualTo("mytoken=keep");
  }

  private static SpanExporter collectingInto(List<SpanData> exported) {
    return new SpanExporter() {
      @Override
      public CompletableResultCode export(Collection<SpanData> spans) {
        exported.addAll(spans);
        return CompletableResultCode.ofSuccess();
      }

      @Override
      public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
      }

      @Override
      public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
      }
    };
  }
}
