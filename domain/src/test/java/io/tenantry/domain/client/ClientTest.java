package io.tenantry.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientTest {
  private static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");
  private static final String SECRET = "s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t-s";

  @Test
  void shouldCheckTheSecretAgainstItsHashOnly() {
    Client client =
        Client.register(
            TenantId.random(),
            ClientType.CONFIDENTIAL,
            settings(Set.of()),
            TokenHash.of(SECRET),
            NOW);

    assertThat(client.secretMatches(SECRET)).isTrue();
    assertThat(client.secretMatches(SECRET + "x")).isFalse();
    assertThat(client.secretMatches(null)).isFalse();
    assertThat(client.secretHash()).contains(TokenHash.of(SECRET));
  }

  @Test
  void shouldStopAcceptingTheOldSecretOnceRotated() {
    Client client =
        Client.register(
            TenantId.random(), ClientType.SERVICE, service(), TokenHash.of(SECRET), NOW);

    client.rotateSecret(TokenHash.of("next"), NOW.plusSeconds(1));

    assertThat(client.secretMatches(SECRET)).isFalse();
    assertThat(client.secretMatches("next")).isTrue();
    assertThat(client.updatedAt()).isEqualTo(NOW.plusSeconds(1));
  }

  @Test
  void shouldGiveRolesOnlyToServiceClients() {
    assertThatThrownBy(
            () ->
                Client.register(
                    TenantId.random(), ClientType.PUBLIC, settings(Set.of(Role.ADMIN)), null, NOW))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldGiveServiceClientsNoRedirectUris() {
    assertThatThrownBy(
            () ->
                Client.register(
                    TenantId.random(),
                    ClientType.SERVICE,
                    settings(Set.of()),
                    TokenHash.of(SECRET),
                    NOW))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldHaveNoSecretWhenPublicAndNoRotation() {
    Client client =
        Client.register(TenantId.random(), ClientType.PUBLIC, settings(Set.of()), null, NOW);

    assertThat(client.secretMatches("")).isFalse();
    assertThatThrownBy(() -> client.rotateSecret(TokenHash.of("x"), NOW))
        .isInstanceOf(RuleViolationException.class);
    assertThat(client.allowsRedirect("https://app.example.com/cb")).isTrue();
    assertThat(client.allowsRedirect("https://app.example.com/cb/")).isFalse();
    assertThat(client.allowsPostLogoutRedirect("https://app.example.com/")).isTrue();
  }

  private static ClientSettings settings(Set<Role> roles) {
    return new ClientSettings(
        new ClientName("Web shop"),
        List.of(new RedirectUri("https://app.example.com/cb")),
        List.of(new RedirectUri("https://app.example.com/")),
        roles,
        null);
  }

  private static ClientSettings service() {
    return new ClientSettings(
        new ClientName("job"), List.of(), List.of(), Set.of(Role.MEMBER), null);
  }
}
