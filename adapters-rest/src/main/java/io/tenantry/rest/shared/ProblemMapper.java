package io.tenantry.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.tenantry.application.mfa.MfaStepRequiredException;
import io.tenantry.application.shared.DependencyFailures;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.PreconditionFailedException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.shared.UnavailableException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become problem+json. Only unexpected (5xx) failures are logged; a
 * dependency being down is a 503 with one warning line, a bug a 500 with its stack trace; nothing
 * internal (class names, SQL, stack traces) reaches a response.
 */
public class ProblemMapper {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

  @Inject DependencyFailures dependencies;
  @Inject Unavailability unavailability;

  /** More specific than {@link #domain}: a dependency is down, not a rule refused. */
  @ServerExceptionMapper
  public Response unavailable(UnavailableException e, UriInfo uri) {
    return unavailability.respond(e, path(uri));
  }

  /** More specific than {@link #domain}: a right password whose login needs a second step. */
  @ServerExceptionMapper
  public Response secondStep(MfaStepRequiredException e, UriInfo uri) {
    Problem base = Problems.problem(403, e.code(), e.getMessage(), path(uri), null);
    return Response.status(403)
        .type(Problem.MEDIA_TYPE)
        .header("Cache-Control", "no-store")
        .entity(new ChallengeProblem(base, e.challenge().mfaToken()))
        .build();
  }

  @ServerExceptionMapper
  public Response domain(DomainException e, UriInfo uri) {
    int status = statusOf(e);
    List<Problem.FieldError> errors =
        e instanceof RuleViolationException violation
            ? violation.errors().stream()
                .map(err -> new Problem.FieldError(ApiFieldNames.of(err.field()), err.message()))
                .toList()
            : null;
    return Problems.response(status, e.code(), e.getMessage(), path(uri), errors);
  }

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problems.response(
        400, "validation_failed", "the request is not valid", path(uri), errors);
  }

  @ServerExceptionMapper
  public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
    String field = e.getPropertyName();
    return Problems.response(
        400,
        "validation_failed",
        "the request has an unknown field",
        path(uri),
        List.of(new Problem.FieldError(field, "unknown field")));
  }

  /** Quarkus has its own mapper for this subtype; ours must be at least as specific. */
  @ServerExceptionMapper
  public Response wrongType(MismatchedInputException e, UriInfo uri) {
    return badJson(e, uri);
  }

  @ServerExceptionMapper
  public Response badJson(JsonMappingException e, UriInfo uri) {
    String field =
        e.getPath().stream()
            .map(
                ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."));
    if (field.isEmpty()) {
      return malformed(uri);
    }
    return Problems.response(
        400,
        "validation_failed",
        "the request is not valid",
        path(uri),
        List.of(new Problem.FieldError(field, "has the wrong type or format")));
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    return malformed(uri);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      Optional<UnavailableException> down = dependencies.unavailable(e);
      if (down.isPresent()) {
        return unavailability.respond(down.get(), path(uri));
      }
      LOG.error("request failed", e);
      return Problems.response(500, "internal_error", "an unexpected error occurred", path(uri));
    }
    String code =
        switch (status) {
          case 400 -> "malformed_request";
          case 401 -> "unauthenticated";
          case 403 -> "forbidden";
          case 404 -> "not_found";
          case 405 -> "method_not_allowed";
          case 406 -> "not_acceptable";
          case 413 -> "payload_too_large";
          case 415 -> "unsupported_media_type";
          default -> "request_rejected";
        };
    Response response = Problems.response(status, code, detailFor(status), path(uri));
    if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
      return Response.fromResponse(response)
          .header("Allow", e.getResponse().getHeaderString("Allow"))
          .build();
    }
    return response;
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    // Failures met outside a unit of work (filters, the rate limiter) are classified here.
    Optional<UnavailableException> down = dependencies.unavailable(e);
    if (down.isPresent()) {
      return unavailability.respond(down.get(), path(uri));
    }
    LOG.error("request failed", e);
    return Problems.response(500, "internal_error", "an unexpected error occurred", path(uri));
  }

  private static int statusOf(DomainException e) {
    if (e instanceof AuthenticationException) {
      return 401;
    } else if (e instanceof ForbiddenException) {
      return 403;
    } else if (e instanceof NotFoundException) {
      return 404;
    } else if (e instanceof ConflictException) {
      return 409;
    } else if (e instanceof PreconditionFailedException) {
      return 412;
    }
    return 400;
  }

  private static Response malformed(UriInfo uri) {
    return Problems.response(400, "malformed_request", "the body is not valid JSON", path(uri));
  }

  private static String detailFor(int status) {
    return switch (status) {
      case 404 -> "no such resource";
      case 405 -> "method not allowed on this resource";
      case 415 -> "send application/json";
      case 406 -> "this resource answers application/json";
      default -> "the request was rejected";
    };
  }

  private static String field(ConstraintViolation<?> violation) {
    // Paths look like "login.request.email": drop the method and parameter names.
    String path = violation.getPropertyPath().toString();
    String[] parts = path.split("\\.");
    String field =
        parts.length > 2
            ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
            : parts[parts.length - 1];
    return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }
}
