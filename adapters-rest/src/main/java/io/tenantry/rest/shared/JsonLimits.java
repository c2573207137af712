package io.tenantry.rest.shared;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Caps what a request body can make the JSON parser do: nesting depth, string and number length. No
 * request of this API needs more; a body that does is refused as malformed.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {
  static final int MAX_NESTING_DEPTH = 16;
  static final int MAX_STRING_LENGTH = 16 * 1024;
  static final int MAX_NUMBER_LENGTH = 32;

  @Override
  public void customize(ObjectMapper mapper) {
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
  }
}
