package io.tenantry.web.console;

import io.quarkus.qute.TemplateInstance;
import java.util.function.IntFunction;

/** The pager under a console list: page n of m, and the links either side that keep the filters. */
final class Pager {
  private Pager() {}

  /**
   * Adds to {@code page} the data its pager shows: {@code number} (from 0) of the pages that {@code
   * total} rows fill, {@code size} a page; {@code url} links to a page number.
   */
  static TemplateInstance data(
      TemplateInstance page, int number, long total, int size, IntFunction<String> url) {
    long pages = (total + size - 1) / size;
    return page.data("total", total)
        .data("pageNumber", number + 1)
        .data("pageCount", Math.max(1, pages))
        .data("hasPrevious", number > 0)
        .data("hasNext", number + 1 < pages)
        .data("previousUrl", url.apply(Math.max(0, number - 1)))
        .data("nextUrl", url.apply(number + 1));
  }
}
