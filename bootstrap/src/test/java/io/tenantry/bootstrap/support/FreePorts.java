package io.tenantry.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports nothing listens on yet, for servers a test starts or asks the application to bind. */
public final class FreePorts {
  private FreePorts() {}

  /** A port the operating system had free a moment ago. */
  public static int any() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
