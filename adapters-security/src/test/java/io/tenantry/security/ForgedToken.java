package io.tenantry.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A token a test forges claim by claim and signs RS256 with Nimbus, another library than the one
 * that verifies it, so that a claim can be left out, replaced or malformed at will.
 */
final class ForgedToken {
  private final Map<String, Object> claims = new LinkedHashMap<>();

  private ForgedToken() {}

  static ForgedToken claims() {
    return new ForgedToken();
  }

  ForgedToken issuer(String issuer) {
    return claim("iss", issuer);
  }

  ForgedToken subject(String subject) {
    return claim("sub", subject);
  }

  ForgedToken upn(String upn) {
    return claim("upn", upn);
  }

  ForgedToken groups(Set<String> groups) {
    return claim("groups", List.copyOf(groups));
  }

  ForgedToken audience(String audience) {
    return claim("aud", audience);
  }

  ForgedToken issuedAt(Instant at) {
    return claim("iat", at.getEpochSecond());
  }

  ForgedToken expiresAt(Instant at) {
    return claim("exp", at.getEpochSecond());
  }

  ForgedToken claim(String name, Object value) {
    claims.put(name, value);
    return this;
  }

  ForgedToken remove(String name) {
    claims.remove(name);
    return this;
  }

  /**
   * The token signed RS256 by {@code key}, with header {@code kid} and {@code typ} (null: none).
   */
  String sign(PrivateKey key, String kid, String type) {
    JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid);
    if (type != null) {
      header.type(new JOSEObjectType(type));
    }
    JWTClaimsSet.Builder body = new JWTClaimsSet.Builder();
    claims.forEach(body::claim);
    SignedJWT jwt = new SignedJWT(header.build(), body.build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }
}
