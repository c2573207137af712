package io.tenantry.application.audit;

import java.time.LocalDate;

/** The logins of one day (UTC) of a tenant: how many succeeded and how many failed. */
public record LoginDay(LocalDate day, long succeeded, long failed) {}
