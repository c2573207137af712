package io.tenantry.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.RuleViolationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolvingWebhookTargetsTest {
  private static final Map<String, String[]> DNS =
      Map.of(
          "public.tenantry.test", new String[] {"93.184.216.34"},
          "sneaky.tenantry.test", new String[] {"93.184.216.34", "10.0.0.7"});

  private static InetAddress[] lookUp(String host) throws UnknownHostException {
    String[] answers = DNS.get(host);
    if (answers == null) {
      return InetAddress.getAllByName(host); // IP literals only: these tests never ask a DNS server
    }
    InetAddress[] addresses = new InetAddress[answers.length];
    for (int i = 0; i < answers.length; i++) {
      addresses[i] = InetAddress.getByName(answers[i]);
    }
    return addresses;
  }

  private final ResolvingWebhookTargets production =
      new ResolvingWebhookTargets(
          new TestConfig(false, false), ResolvingWebhookTargetsTest::lookUp);

  @Test
  void shouldReturnTheCheckedAddressOfAPublicHost() throws Exception {
    assertThat(production.resolveAllowed(URI.create("https://public.tenantry.test/hook")))
        .isEqualTo(InetAddress.getByName("93.184.216.34"));
  }

  @Test
  void shouldRefuseAHostWithAnyInternalAddress() {
    assertThatThrownBy(() -> production.resolveAllowed(URI.create("https://sneaky.tenantry.test/")))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("private");
  }

  @Test
  void shouldRefusePlainHttpUnlessAllowed() throws Exception {
    URI http = URI.create("http://public.tenantry.test/hook");
    assertThatThrownBy(() -> production.resolveAllowed(http))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("https");
    assertThatThrownBy(() -> production.requireAllowed(http))
        .isInstanceOf(RuleViolationException.class);

    var devAndTest =
        new ResolvingWebhookTargets(
            new TestConfig(false, true), ResolvingWebhookTargetsTest::lookUp);
    assertThat(devAndTest.resolveAllowed(http)).isEqualTo(InetAddress.getByName("93.184.216.34"));
  }

  @Test
  void shouldLetLoopbackThroughOnlyWhenPrivateTargetsAreAllowed() throws Exception {
    URI loopback = URI.create("https://127.0.0.1:8443/hook");
    assertThatThrownBy(() -> production.resolveAllowed(loopback))
        .isInstanceOf(RuleViolationException.class);

    var tests =
        new ResolvingWebhookTargets(
            new TestConfig(true, false), ResolvingWebhookTargetsTest::lookUp);
    assertThat(tests.resolveAllowed(loopback)).isEqualTo(InetAddress.getByName("127.0.0.1"));
  }
}
