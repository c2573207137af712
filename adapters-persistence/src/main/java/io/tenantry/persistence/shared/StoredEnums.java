package io.tenantry.persistence.shared;

import java.util.Locale;

/** Enum values are stored as their lower-case names ({@code active}, {@code password_reset}). */
public final class StoredEnums {

  private StoredEnums() {}

  /** The stored text of {@code value}. */
  public static String text(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The {@code type} value stored as {@code text}. */
  public static <E extends Enum<E>> E parse(Class<E> type, String text) {
    return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
  }
}
