package io.tenantry.security;

import io.quarkus.runtime.ImageMode;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The JCA provider that computes token signatures ({@code app.jwt.signing-provider}). AWS-LC,
 * through the Amazon Corretto Crypto Provider, signs RS256 in about a third of the JDK's CPU time
 * (docs/operations/refresh-cost.md):
 *
 * <ul>
 *   <li>{@code auto} (the default): AWS-LC when its native library loads here, else the JDK's, with
 *       the reason in one line. Loading and checking it takes ~0.3 s of CPU (a signed jar verified,
 *       a 10 MB library unpacked and loaded, its self-tests), so it is not part of the start: the
 *       first signature starts it on a thread of its own, and tokens signed until it is done are
 *       the JDK's (the same bytes for RS256);
 *   <li>{@code aws-lc}: AWS-LC, or the start fails (so it is loaded during the start);
 *   <li>{@code jdk}: the JDK's.
 * </ul>
 *
 * AWS-LC is taken only after a signature it made with the signing key verified with the JDK's code
 * and, RS256 being deterministic, equalled the JDK's byte for byte. It is never looked for in a
 * native executable (its JNI library is not part of one) nor in a JVM that writes a class-data
 * archive at exit (the start-up cache's recording run, on any launcher), nor installed as a
 * JVM-wide provider: nothing but token signing uses it.
 */
final class SigningProvider {
  private static final Logger LOG = Logger.getLogger(SigningProvider.class);
  private static final String ACCP =
      "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";
  private static final String ARCHIVE_AT_EXIT = "-XX:ArchiveClassesAtExit";
  private static final byte[] PROBE =
      "tenantry: check the signing provider".getBytes(StandardCharsets.US_ASCII);

  private final CountDownLatch settled = new CountDownLatch(1);
  private final AtomicBoolean settling = new AtomicBoolean();
  private final Supplier<Provider> chosen; // null: fixed from the start
  private volatile Provider current;

  private SigningProvider(Provider current, Supplier<Provider> chosen) {
    this.current = current;
    this.chosen = chosen;
  }

  /** Signs with {@code provider}, always. */
  static SigningProvider fixed(Provider provider) {
    SigningProvider fixed = new SigningProvider(provider, null);
    fixed.settling.set(true);
    fixed.settled.countDown();
    return fixed;
  }

  /**
   * The provider {@code setting} names for this key: for {@code auto}, the JDK's until the first
   * signature, which starts settling it in the background.
   */
  static SigningProvider of(
      String setting, JwtAlgorithm algorithm, PrivateKey key, PublicKey publicKey) {
    Provider jdk = jdk(algorithm, key);
    if (!setting.trim().equalsIgnoreCase("auto")) {
      return fixed(choose(setting, jdk, algorithm, key, publicKey, jvmArguments()));
    }
    return new SigningProvider(
        jdk, () -> choose(setting, jdk, algorithm, key, publicKey, jvmArguments()));
  }

  /** The provider to sign the next token with; the first call starts settling it. */
  Provider current() {
    if (!settling.get() && settling.compareAndSet(false, true)) {
      Thread loader = new Thread(this::settle, "signing-provider");
      loader.setDaemon(true);
      loader.start();
    }
    return current;
  }

  private void settle() {
    try {
      current = chosen.get();
    } finally {
      settled.countDown();
    }
  }

  /** Whether settling has started (for {@code auto}: whether anything was signed yet). */
  boolean settlingStarted() {
    return settling.get();
  }

  /** The provider signing now, without starting to settle it. */
  Provider signingNow() {
    return current;
  }

  /**
   * Starts settling the provider if nothing was signed yet, and waits until {@link #current()} is
   * the one the setting chose; false on time-out.
   */
  boolean awaitSettled(Duration timeout) throws InterruptedException {
    current();
    return settled.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The JDK's provider of {@code algorithm} for {@code key} (SunRsaSign, SunEC). */
  static Provider jdk(JwtAlgorithm algorithm, PrivateKey key) {
    try {
      Signature signature = Signature.getInstance(algorithm.jcaName());
      signature.initSign(key); // the provider is chosen for the key
      return signature.getProvider();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot sign with " + algorithm.jcaName(), e);
    }
  }

  /**
   * The provider {@code setting} names, checked with the signing key and its public key, for a JVM
   * started with {@code jvmArguments}; {@code jdk} is the fallback.
   */
  static Provider choose(
      String setting,
      Provider jdk,
      JwtAlgorithm algorithm,
      PrivateKey key,
      PublicKey publicKey,
      List<String> jvmArguments) {
    String wanted = setting.trim().toLowerCase(Locale.ROOT);
    switch (wanted) {
      case "jdk":
        LOG.infof(
            "Tokens are signed by the JDK (%s), as app.jwt.signing-provider says", jdk.getName());
        return jdk;
      case "auto":
      case "aws-lc":
        break;
      default:
        throw new IllegalStateException(
            "app.jwt.signing-provider must be auto, aws-lc or jdk, not " + setting);
    }
    try {
      Provider awsLc = awsLc(jvmArguments);
      check(awsLc, jdk, algorithm, key, publicKey);
      LOG.infof("Tokens are signed by AWS-LC (%s)", awsLc.getInfo());
      return awsLc;
    } catch (Unavailable e) {
      if (wanted.equals("aws-lc")) {
        throw new IllegalStateException(
            "app.jwt.signing-provider is aws-lc, but AWS-LC cannot sign here: " + e.getMessage(),
            e);
      }
      LOG.infof(
          "Tokens are signed by the JDK (%s): AWS-LC cannot sign here (%s)",
          jdk.getName(), e.getMessage());
      return jdk;
    }
  }

  private static Provider awsLc(List<String> jvmArguments) throws Unavailable {
    if (ImageMode.current().isNativeImage()) {
      throw new Unavailable("not in a native executable");
    }
    if (jvmArguments.stream().anyMatch(argument -> argument.startsWith(ARCHIVE_AT_EXIT))) {
      // Java 17 crashes (SIGSEGV in SystemDictionaryShared::adjust_lambda_proxy_class_dictionary)
      // writing the archive once ACCP's classes, from a signed jar and with lambdas, are loaded.
      throw new Unavailable(
          "this JVM writes a class-data archive at exit ("
              + ARCHIVE_AT_EXIT
              + "), which Java 17"
              + " cannot do with AWS-LC's classes loaded");
    }
    try {
      Class<?> type = Class.forName(ACCP);
      Provider provider = (Provider) type.getField("INSTANCE").get(null);
      Throwable loadingError = (Throwable) type.getMethod("getLoadingError").invoke(provider);
      if (loadingError != null) {
        throw new Unavailable("its native library did not load: " + loadingError);
      }
      return provider;
    } catch (ClassNotFoundException e) {
      throw new Unavailable("the Amazon Corretto Crypto Provider is not on the class path");
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      throw new Unavailable("the Amazon Corretto Crypto Provider failed to start: " + e);
    }
  }

  private static List<String> jvmArguments() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments();
  }

  private static void check(
      Provider candidate, Provider jdk, JwtAlgorithm algorithm, PrivateKey key, PublicKey publicKey)
      throws Unavailable {
    try {
      byte[] signature = sign(candidate, algorithm, key);
      Signature verifier = Signature.getInstance(algorithm.jcaName(), jdk);
      verifier.initVerify(publicKey);
      verifier.update(PROBE);
      if (!verifier.verify(signature)) {
        throw new Unavailable("its signature did not verify with the JDK");
      }
      if (algorithm == JwtAlgorithm.RS256 && !Arrays.equals(signature, sign(jdk, algorithm, key))) {
        throw new Unavailable("its RS256 signature differs from the JDK's");
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new Unavailable("it cannot sign with the signing key: " + e);
    }
  }

  private static byte[] sign(Provider provider, JwtAlgorithm algorithm, PrivateKey key)
      throws GeneralSecurityException {
    Signature signature = Signature.getInstance(algorithm.jcaName(), provider);
    signature.initSign(key);
    signature.update(PROBE);
    return signature.sign();
  }

  /** Why AWS-LC does not sign here. */
  private static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String reason) {
      super(reason);
    }
  }
}
