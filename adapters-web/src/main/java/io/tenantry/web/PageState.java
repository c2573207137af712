package io.tenantry.web;

/**
 * What a page with one editable name is drawn with: the errors beside its fields, the notice on
 * top, the name as the user typed it ({@code null}: the stored one) and the HTTP status.
 */
public record PageState(FormErrors errors, String notice, String typedName, int status) {

  /** The page as shown after a {@code GET}, with {@code notice} on top. */
  public static PageState shown(String notice) {
    return new PageState(null, notice == null ? "" : notice, null, 200);
  }

  /** The page again after a refused form, the name kept as typed. */
  public static PageState refused(FormErrors errors, String typedName) {
    return new PageState(errors, "", typedName, 400);
  }

  /** The page again after a refused form that has no name field. */
  public static PageState refused(FormErrors errors) {
    return refused(errors, null);
  }

  /** The name to show: as typed, else {@code stored}. */
  public String name(String stored) {
    return typedName == null ? stored : typedName;
  }
}
