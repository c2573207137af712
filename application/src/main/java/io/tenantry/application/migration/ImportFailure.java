package io.tenantry.application.migration;

/** A row that was not imported: its position, the stable error code, and why. */
public record ImportFailure(int index, String code, String message) {}
