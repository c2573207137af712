package io.tenantry.security;

import org.jose4j.jws.AlgorithmIdentifiers;

/** The two algorithms Tenantry signs tokens with: RS256 (RSA 2048) and ES256 (EC P-256). */
public enum JwtAlgorithm {
  RS256(AlgorithmIdentifiers.RSA_USING_SHA256, "SHA256withRSA"),
  // JOSE's ES256 signature is R || S, which is the JDK's P1363 format of ECDSA.
  ES256(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, "SHA256withECDSAinP1363Format");

  private final String identifier;
  private final String jcaName;

  JwtAlgorithm(String identifier, String jcaName) {
    this.identifier = identifier;
    this.jcaName = jcaName;
  }

  /** The JCA {@code Signature} algorithm that computes this algorithm's JWS signature. */
  String jcaName() {
    return jcaName;
  }

  /** The JOSE {@code alg} value (RFC 7518 §3.1). */
  public String getAlgorithm() {
    return identifier;
  }
}
