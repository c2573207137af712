package io.tenantry.rest.shared;

import io.tenantry.domain.shared.PreconditionFailedException;
import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.RestResponse;

/** ETag and If-Match for versioned resources: the ETag is the quoted version number. */
public final class Versioning {
  private Versioning() {}

  public static <T> RestResponse<T> ok(T body, long version) {
    return RestResponse.ResponseBuilder.ok(body).tag(tag(version)).build();
  }

  /** 201 with the new resource, where it lives and its version. */
  public static <T> RestResponse<T> created(String location, T body, long version) {
    return RestResponse.ResponseBuilder.<T>created(URI.create(location))
        .entity(body)
        .tag(tag(version))
        .build();
  }

  private static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
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
