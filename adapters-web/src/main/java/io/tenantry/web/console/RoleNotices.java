package io.tenantry.web.console;

/** What the roles pages say after a change, by the {@code done} word of their redirect. */
final class RoleNotices {
  private RoleNotices() {}

  static String of(String done) {
    if (done == null) {
      return "";
    }
    return switch (done) {
      case "created" -> "The role is created.";
      case "saved" -> "The role is saved; its holders get the change on their next request.";
      case "deleted" -> "The role is deleted.";
      default -> "";
    };
  }
}
