package io.tenantry.bootstrap.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Requests that HTTP libraries refuse to send, written on a raw socket: the answers are still
 * problem+json with the security headers.
 */
@QuarkusTest
class BareHttpErrorsTest {

  @TestHTTPResource("/")
  URL base;

  @Test
  void shouldAnswer414ForARequestLineOver4KiB() throws IOException {
    String answer =
        send("GET /api/v1/users?q=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
    assertProblem(answer, 414, "uri_too_long");
  }

  @Test
  void shouldAnswer431ForHeadersOver8KiB() throws IOException {
    String answer =
        send("GET /api/v1/users/me HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(9000) + "\r\n\r\n");
    assertProblem(answer, 431, "headers_too_large");
  }

  private static void assertProblem(String answer, int status, String code) {
    assertThat(answer).startsWith("HTTP/1.1 " + status + " ");
    String lower = answer.toLowerCase();
    assertThat(lower)
        .contains("content-type: application/problem+json")
        .contains("x-content-type-options: nosniff")
        .contains("referrer-policy: no-referrer")
        .contains("x-frame-options: deny");
    assertThat(answer).contains("\"code\":\"" + code + "\"");
  }

  private String send(String request) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (IOException closedEarly) {
        // The server may answer and close before the whole body is written: read what it said.
      }
      return readAnswer(socket.getInputStream());
    }
  }

  private static String readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        answer.write(buffer, 0, n);
        if (answer.toString(StandardCharsets.ISO_8859_1).contains("}")) {
          break;
        }
      }
    } catch (IOException reset) {
      // A reset after the answer arrived is fine.
    }
    return answer.toString(StandardCharsets.ISO_8859_1);
  }
}
