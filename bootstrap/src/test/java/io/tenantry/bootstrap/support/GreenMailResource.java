package io.tenantry.bootstrap.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real SMTP server in the test JVM; mails the application sends arrive here. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {
  private static GreenMail server;
  private static int port;

  @Override
  public Map<String, String> start() {
    port = FreePorts.any();
    startServer();
    return Map.of(
        "quarkus.mailer.mock", "false",
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", Integer.toString(port),
        "quarkus.mailer.tls", "false",
        "quarkus.mailer.start-tls", "DISABLED");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  public static GreenMail server() {
    return server;
  }

  /** Takes the SMTP server away, as an outage would. */
  public static void stopServer() {
    server.stop();
  }

  /** Brings it back on the same port, with an empty mailbox. */
  public static void startServer() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }
}
