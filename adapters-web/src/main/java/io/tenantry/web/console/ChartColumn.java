package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;

/**
 * One day of the logins chart: its two bars (succeeded, failed) in SVG user units, and the day's
 * label under the axis when it is one of the labelled days.
 */
@TemplateData
public record ChartColumn(
    String day,
    String label,
    boolean labelled,
    long succeeded,
    long failed,
    int x,
    int width,
    int okY,
    int okHeight,
    int failX,
    int failY,
    int failHeight) {}
