package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.application.audit.LoginDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * The overview's bar chart of logins per day, laid out on the server as plain SVG geometry (no
 * script, no charting library): the template only draws the rectangles computed here.
 */
@TemplateData
public record LoginChart(
    List<ChartColumn> columns, List<ChartTick> ticks, long succeeded, long failed) {
  public static final int WIDTH = 640;
  public static final int HEIGHT = 220;
  private static final int LEFT = 44;
  private static final int TOP = 10;
  private static final int BOTTOM = 26;
  private static final int PLOT = HEIGHT - TOP - BOTTOM;
  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

  public static LoginChart of(List<LoginDay> days) {
    long top =
        Math.max(
            1, days.stream().mapToLong(d -> Math.max(d.succeeded(), d.failed())).max().orElse(0));
    double slot = (double) (WIDTH - LEFT) / Math.max(1, days.size());
    List<ChartColumn> columns = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      columns.add(column(i, days.get(i), slot, top));
    }
    List<ChartTick> ticks =
        LongStream.of(0, top / 2, top)
            .distinct()
            .mapToObj(v -> new ChartTick(v, TOP + PLOT - height(v, top)))
            .toList();
    return new LoginChart(
        columns,
        ticks,
        days.stream().mapToLong(LoginDay::succeeded).sum(),
        days.stream().mapToLong(LoginDay::failed).sum());
  }

  /**
   * Day {@code index}'s two bars side by side in its slot, scaled so {@code top} fills the plot.
   */
  private static ChartColumn column(int index, LoginDay day, double slot, long top) {
    int width = Math.max(1, (int) Math.floor((slot - 4) / 2));
    int x = LEFT + (int) Math.round(index * slot) + 2;
    int ok = height(day.succeeded(), top);
    int failed = height(day.failed(), top);
    return new ChartColumn(
        day.day().toString(),
        LABEL.format(day.day()),
        index % 7 == 0,
        day.succeeded(),
        day.failed(),
        x,
        width,
        TOP + PLOT - ok,
        ok,
        x + width,
        TOP + PLOT - failed,
        failed);
  }

  /** The y of the day labels under the bars, for the template. */
  public int labelY() {
    return TOP + PLOT + 18;
  }

  private static int height(long value, long top) {
    return (int) Math.round((double) PLOT * value / top);
  }
}
