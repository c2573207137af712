package io.tenantry.security;

import java.security.Key;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * The verification key of a token: the published key its {@code kid} names. A token without a
 * {@code kid}, or with one we do not publish, has no key and does not verify.
 */
final class KidKeyResolver implements VerificationKeyResolver {
  private final Map<String, PublicKey> keys;

  KidKeyResolver(Map<String, PublicKey> keys) {
    this.keys = Map.copyOf(keys);
  }

  @Override
  public Key resolveKey(JsonWebSignature jws, List<JsonWebStructure> nestingContext)
      throws UnresolvableKeyException {
    String kid = jws.getKeyIdHeaderValue();
    PublicKey key = kid == null ? null : keys.get(kid);
    if (key == null) {
      throw new UnresolvableKeyException("no published key has the kid " + kid);
    }
    return key;
  }
}
