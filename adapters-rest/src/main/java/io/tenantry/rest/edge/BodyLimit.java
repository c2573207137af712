package io.tenantry.rest.edge;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Caps a body that declares no length (chunked) at {@code app.http.max-body-size} while it is read:
 * past the limit the read stops with 413, which the problem mapper answers as {@code
 * payload_too_large}. Bodies that declare a larger length never get here ({@link ProblemRoutes}).
 */
@Provider
public class BodyLimit implements ReaderInterceptor {
  @ConfigProperty(name = "app.http.max-body-size")
  MemorySize maxBodySize;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Capped body = new Capped(context.getInputStream(), maxBodySize.asLongValue());
    context.setInputStream(body);
    try {
      return context.proceed();
    } catch (IOException | RuntimeException e) {
      // The JSON reader wraps what the stream throws; the stream knows whether it was the limit.
      if (body.exceeded) {
        throw new WebApplicationException(413);
      }
      throw e;
    }
  }

  /** Counts what is read and refuses to go past the limit. */
  private static final class Capped extends FilterInputStream {
    private final long limit;
    private long read;
    private boolean exceeded;

    Capped(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int bytes) throws IOException {
      read += bytes;
      if (read > limit) {
        exceeded = true;
        throw new IOException("the body is larger than " + limit + " bytes");
      }
    }
  }
}
