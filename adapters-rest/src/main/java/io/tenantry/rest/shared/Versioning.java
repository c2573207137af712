package io.tenantry.rest.shared;

import io.tenantry.domain.shared.PreconditionFailedException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;

/** ETag and If-Match for versioned resources: the ETag is the quoted version number. */
public final class Versioning {
  private Versioning() {}

  public static Response ok(Object body, long version) {
    return Response.ok(body).tag(new EntityTag(Long.toString(version))).build();
  }

  /** The version an If-Match header demands; absent or {@code *} means no precondition. */
  public static OptionalLong expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return OptionalLong.empty();
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return OptionalLong.of(Long.parseLong(tag));
    } catch (NumberFormatException e) {
      throw new PreconditionFailedException("If-Match does not name a version of this resource");
    }
  }
}
