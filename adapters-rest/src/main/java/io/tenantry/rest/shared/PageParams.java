package io.tenantry.rest.shared;

import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.shared.SortOrder;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The paging parameters every list route takes: {@code page}, {@code size} and {@code sort} ({@code
 * field[,asc|desc]}, the field one of the list's sort enum in lower case).
 */
public class PageParams {
  @QueryParam("page")
  String page;

  @QueryParam("size")
  String size;

  @QueryParam("sort")
  String sort;

  public PageParams() {}

  public PageParams(String page, String size, String sort) {
    this.page = page;
    this.size = size;
    this.sort = sort;
  }

  /** The requested page, sorted by one of {@code fields}, {@code fallback} if none was asked. */
  public <F extends Enum<F>> PageRequest<F> toPageRequest(Class<F> fields, SortOrder<F> fallback) {
    int number = QueryValues.integer(page, "page").orElse(0);
    int count = QueryValues.integer(size, "size").orElse(PageRequest.DEFAULT_SIZE);
    return new PageRequest<>(number, count, sortOrder(sort, fields, fallback));
  }

  /** Parses {@code field,asc|desc}; unknown fields or directions are a {@code sort} violation. */
  public static <F extends Enum<F>> SortOrder<F> sortOrder(
      String raw, Class<F> fields, SortOrder<F> fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    String[] parts = raw.split(",", -1);
    F field =
        Arrays.stream(fields.getEnumConstants())
            .filter(f -> QueryValues.wireName(f).equals(parts[0].strip()))
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "sort", "unknown sort field; allowed: " + allowed(fields)));
    if (parts.length == 1) {
      return SortOrder.asc(field);
    }
    String direction = parts[1].strip().toLowerCase(Locale.ROOT);
    if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
      throw new RuleViolationException("sort", "direction must be asc or desc");
    }
    return new SortOrder<>(field, direction.equals("asc"));
  }

  private static String allowed(Class<? extends Enum<?>> fields) {
    return Arrays.stream(fields.getEnumConstants())
        .map(QueryValues::wireName)
        .sorted()
        .collect(Collectors.joining(", "));
  }
}
