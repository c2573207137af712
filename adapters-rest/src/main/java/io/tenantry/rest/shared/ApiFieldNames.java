package io.tenantry.rest.shared;

import java.util.regex.Pattern;

/**
 * The API's name of a field the core names in its own terms: the core says {@code newPassword}, the
 * JSON body (and so {@code errors[].field}) says {@code new_password}; dotted paths keep their
 * dots.
 */
public final class ApiFieldNames {
  private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

  private ApiFieldNames() {}

  public static String of(String field) {
    return field == null ? null : WORD_START.matcher(field).replaceAll("_").toLowerCase();
  }
}
