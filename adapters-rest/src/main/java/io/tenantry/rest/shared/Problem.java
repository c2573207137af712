package io.tenantry.rest.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * An RFC 9457 problem details body, with our stable {@code code} and field errors. Registered for
 * reflection because it is also written by Jackson outside resource methods (exception mappers,
 * {@code ProblemRoutes}), which Quarkus does not see when building a native image.
 */
@RegisterForReflection(targets = {Problem.class, Problem.FieldError.class})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One rejected field. */
  public record FieldError(String field, String message) {}
}
