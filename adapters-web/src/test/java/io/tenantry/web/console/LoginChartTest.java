package io.tenantry.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.application.audit.LoginDay;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoginChartTest {
  private static final LocalDate FIRST = LocalDate.parse("2026-01-03");

  @Test
  void shouldScaleTheTallestBarToThePlotAndKeepEmptyDaysFlat() {
    List<LoginDay> days =
        IntStream.range(0, 30)
            .mapToObj(i -> new LoginDay(FIRST.plusDays(i), i == 29 ? 8 : 0, i == 29 ? 2 : 0))
            .toList();

    LoginChart chart = LoginChart.of(days);

    assertThat(chart.columns()).hasSize(30);
    assertThat(chart.succeeded()).isEqualTo(8);
    assertThat(chart.failed()).isEqualTo(2);
    ChartColumn last = chart.columns().get(29);
    ChartColumn empty = chart.columns().get(0);
    assertThat(last.okHeight()).isEqualTo(4 * last.failHeight());
    assertThat(last.okY() + last.okHeight()).isEqualTo(empty.okY() + empty.okHeight());
    assertThat(empty.okHeight()).isZero();
    assertThat(last.x() + 2 * last.width()).isLessThanOrEqualTo(LoginChart.WIDTH);
    assertThat(chart.ticks()).extracting(ChartTick::value).containsExactly(0L, 4L, 8L);
    assertThat(chart.columns())
        .filteredOn(ChartColumn::labelled)
        .extracting(ChartColumn::label)
        .containsExactly("Jan 3", "Jan 10", "Jan 17", "Jan 24", "Jan 31");
  }

  @Test
  void shouldDrawAQuietMonthWithoutDividingByZero() {
    List<LoginDay> days =
        IntStream.range(0, 30).mapToObj(i -> new LoginDay(FIRST.plusDays(i), 0, 0)).toList();

    LoginChart chart = LoginChart.of(days);

    assertThat(chart.columns()).allMatch(c -> c.okHeight() == 0 && c.failHeight() == 0);
    assertThat(chart.ticks()).extracting(ChartTick::value).containsExactly(0L, 1L);
  }
}
