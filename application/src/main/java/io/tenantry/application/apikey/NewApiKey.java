package io.tenantry.application.apikey;

/** A key just created: its view and, this once, the key itself. */
public record NewApiKey(ApiKeyView view, String key) {
  @Override
  public String toString() {
    return "NewApiKey[" + view.id() + ", key redacted]";
  }
}
