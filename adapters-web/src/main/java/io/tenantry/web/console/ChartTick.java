package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;

/** A horizontal grid line of the logins chart and the count it stands for. */
@TemplateData
public record ChartTick(long value, int y) {}
