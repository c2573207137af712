package io.tenantry.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;

/** RSA key pairs written as PEM files, so that tests hold the private keys they sign with. */
final class TestKeys {
  private TestKeys() {}

  static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the private key as PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). */
  static Path writePrivate(Path dir, String name, KeyPair pair) {
    return write(dir.resolve(name), "PRIVATE KEY", pair.getPrivate().getEncoded());
  }

  /** Writes the public key as X.509 SubjectPublicKeyInfo PEM ({@code BEGIN PUBLIC KEY}). */
  static Path writePublic(Path dir, String name, KeyPair pair) {
    return write(dir.resolve(name), "PUBLIC KEY", pair.getPublic().getEncoded());
  }

  static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  static Path write(Path file, String type, byte[] der) {
    try {
      return Files.writeString(file, pem(type, der));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keys that sign with {@code signing} and also accept the public keys in {@code previous}. */
  static JwtKeys load(Path signing, Path... previous) {
    return JwtKeys.load(
        Optional.of(signing.toString()),
        java.util.Arrays.stream(previous).map(Path::toString).toList());
  }
}
