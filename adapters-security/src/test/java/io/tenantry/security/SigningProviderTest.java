package io.tenantry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code app.jwt.signing-provider}: which provider signs, and what it refuses. */
class SigningProviderTest {

  @Test
  void autoSignsWithAwsLcOnThisLinuxJvmOnceItsLoaderIsDone() throws Exception {
    JwtKeys keys = JwtKeys.load(Optional.empty(), List.of()).signingWith("auto");
    JwsSigner signer = keys.signer("at+jwt");
    String before = signer.sign("{\"n\":1}"); // signed by whichever signs at this moment

    assertThat(keys.awaitSignatureProvider(Duration.ofSeconds(30))).isTrue();

    assertThat(keys.signatureProvider()).isEqualTo("AmazonCorrettoCryptoProvider");
    assertThat(signer.sign("{\"n\":1}")).isEqualTo(before); // RS256: the same bytes either way
  }

  @Test
  void autoLoadsAwsLcAtTheFirstSignatureNotBefore() throws Exception {
    KeyPair pair = TestKeys.rsa();
    SigningProvider provider =
        SigningProvider.of("auto", JwtAlgorithm.RS256, pair.getPrivate(), pair.getPublic());
    JwsSigner signer =
        new JwsSigner("at+jwt", "k1", JwtAlgorithm.RS256, pair.getPrivate(), provider);

    assertThat(provider.settlingStarted()).isFalse(); // the start builds the signer, signs nothing
    assertThat(provider.signingNow().getName()).isEqualTo("SunRsaSign");

    signer.sign("{\"n\":1}");

    assertThat(provider.settlingStarted()).isTrue();
    assertThat(provider.awaitSettled(Duration.ofSeconds(30))).isTrue();
    assertThat(provider.signingNow().getName()).isEqualTo("AmazonCorrettoCryptoProvider");
  }

  @Test
  void awsLcIsLoadedDuringTheStartWhenRequired() {
    JwtKeys keys = JwtKeys.load(Optional.empty(), List.of()).signingWith("aws-lc");

    assertThat(keys.signatureProvider()).isEqualTo("AmazonCorrettoCryptoProvider");
  }

  @Test
  void aJvmWritingAClassDataArchiveAtExitSignsWithTheJdk() throws Exception {
    KeyPair pair = TestKeys.rsa();
    List<String> recording = List.of("-Xms64m", "-XX:ArchiveClassesAtExit=app-start.jsa");
    Provider jdk = SigningProvider.jdk(JwtAlgorithm.RS256, pair.getPrivate());

    assertThat(
            SigningProvider.choose(
                    "auto", jdk, JwtAlgorithm.RS256, pair.getPrivate(), pair.getPublic(), recording)
                .getName())
        .isEqualTo("SunRsaSign");
    assertThatThrownBy(
            () ->
                SigningProvider.choose(
                    "aws-lc",
                    jdk,
                    JwtAlgorithm.RS256,
                    pair.getPrivate(),
                    pair.getPublic(),
                    recording))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("writes a class-data archive at exit (-XX:ArchiveClassesAtExit)");
  }

  @Test
  void jdkSignsWithTheJdksProviderAsLoadedKeysDo() {
    JwtKeys loaded = JwtKeys.load(Optional.empty(), List.of());

    assertThat(loaded.signatureProvider()).isEqualTo("SunRsaSign");
    assertThat(loaded.signingWith(" JDK ").signatureProvider()).isEqualTo("SunRsaSign");
  }

  @Test
  void anUnknownSettingStopsTheStartNamingTheChoices() {
    JwtKeys keys = JwtKeys.load(Optional.empty(), List.of());

    assertThatThrownBy(() -> keys.signingWith("openssl"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("app.jwt.signing-provider must be auto, aws-lc or jdk, not openssl");
  }

  @Test
  void aPublicKeyThatIsNotTheSigningKeysIsRefusedAsAwsLcsCheckFails() throws Exception {
    KeyPair signing = TestKeys.rsa();
    KeyPair other = KeyPairGenerator.getInstance("RSA").generateKeyPair();

    assertThatThrownBy(
            () ->
                SigningProvider.of(
                    "aws-lc", JwtAlgorithm.RS256, signing.getPrivate(), other.getPublic()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "app.jwt.signing-provider is aws-lc, but AWS-LC cannot sign here: its signature did"
                + " not verify with the JDK");
    Provider jdk = SigningProvider.jdk(JwtAlgorithm.RS256, signing.getPrivate());
    assertThat(
            SigningProvider.choose(
                    "auto",
                    jdk,
                    JwtAlgorithm.RS256,
                    signing.getPrivate(),
                    other.getPublic(),
                    List.of())
                .getName())
        .isEqualTo("SunRsaSign");
  }
}
