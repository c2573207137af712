package io.tenantry.web;

import io.tenantry.domain.shared.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The messages shown beside a form's fields, by field name, in the order of the form. */
public final class FormErrors {
  private final PageMessages msg;
  private final Map<String, String> byField = new LinkedHashMap<>();

  public FormErrors(PageMessages msg) {
    this.msg = msg;
  }

  /** Flags {@code field} when it was left blank. */
  public FormErrors required(String field, String value) {
    if (value == null || value.isBlank()) {
      byField.putIfAbsent(field, msg.error_required());
    }
    return this;
  }

  /** Flags {@code field} (the repeated password) when it differs from the first one. */
  public FormErrors sameAs(String field, String value, String first) {
    if (value != null && !value.isBlank() && !value.equals(first)) {
      byField.putIfAbsent(field, msg.error_passwords_differ());
    }
    return this;
  }

  /** Puts {@code message} beside {@code field}. */
  public FormErrors flag(String field, String message) {
    byField.put(field, message);
    return this;
  }

  /**
   * The field errors a refused use case means, or empty when the refusal is about the link itself
   * (unknown, expired, used), which gets its own page rather than a message beside a field.
   */
  public Optional<FormErrors> explain(RuleViolationException refusal, String passwordField) {
    if ("weak_password".equals(refusal.code())) {
      byField.put("password", msg.error_weak_password());
      return Optional.of(this);
    }
    boolean aboutName =
        refusal.errors().stream().anyMatch(error -> "displayName".equals(error.field()));
    if (aboutName) {
      byField.put("display_name", msg.error_display_name());
      return Optional.of(this);
    }
    boolean aboutPassword =
        refusal.errors().stream().anyMatch(error -> passwordField.equals(error.field()));
    if (aboutPassword) {
      byField.put("password", msg.error_weak_password());
      return Optional.of(this);
    }
    return Optional.empty();
  }

  public boolean any() {
    return !byField.isEmpty();
  }

  /** For the templates: {@code errors.password} is the message beside the password field. */
  public Map<String, String> asMap() {
    return Map.copyOf(byField);
  }
}
