package io.tenantry.security;

import org.jose4j.jws.AlgorithmIdentifiers;

/** The two algorithms Tenantry signs tokens with: RS256 (RSA 2048) and ES256 (EC P-256). */
public enum JwtAlgorithm {
  RS256(AlgorithmIdentifiers.RSA_USING_SHA256),
  ES256(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);

  private final String identifier;

  JwtAlgorithm(String identifier) {
    this.identifier = identifier;
  }

  /** The JOSE {@code alg} value (RFC 7518 §3.1). */
  public String getAlgorithm() {
    return identifier;
  }
}
