package io.tenantry.domain.client;

import io.tenantry.domain.shared.RuleViolationException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** An OAuth 2.0 scope (RFC 6749 §3.3): a set of scope tokens, written space-separated. */
public record Scope(SortedSet<String> values) {
  private static final Pattern TOKEN = Pattern.compile("^[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,100}$");

  public static final Scope EMPTY = new Scope(new TreeSet<>());

  /** What the JSON login API's tokens carry: the user's own profile and a refresh token. */
  public static final Scope API = of("profile", "email", "offline_access");

  public Scope {
    for (String value : values) {
      if (!TOKEN.matcher(value).matches()) {
        throw new RuleViolationException("scope", "not a valid scope token");
      }
    }
    values = Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }

  public static Scope of(String... values) {
    return new Scope(new TreeSet<>(Arrays.asList(values)));
  }

  /** Parses a space-separated scope; {@code null} or blank is the empty scope. */
  public static Scope parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return EMPTY;
    }
    return new Scope(new TreeSet<>(Arrays.asList(raw.strip().split(" +"))));
  }

  public boolean contains(String value) {
    return values.contains(value);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** Only the tokens also in {@code allowed}. */
  public Scope within(Set<String> allowed) {
    TreeSet<String> kept = new TreeSet<>(values);
    kept.retainAll(allowed);
    return new Scope(kept);
  }

  /** The space-separated form of the {@code scope} parameter and claim. */
  public String value() {
    return String.join(" ", values);
  }

  @Override
  public String toString() {
    return value();
  }
}
