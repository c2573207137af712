package io.tenantry.application.fakes;

import io.tenantry.application.tenant.TenantSchemaManager;
import io.tenantry.domain.tenant.TenantSlug;
import java.util.ArrayList;
import java.util.List;

/** Records schema creations and drops, in order, as {@code "create:slug"} / {@code "drop:slug"}. */
public final class RecordingSchemaManager implements TenantSchemaManager {
  private final List<String> events = new ArrayList<>();

  @Override
  public void create(TenantSlug tenant) {
    events.add("create:" + tenant);
  }

  @Override
  public void drop(TenantSlug tenant) {
    events.add("drop:" + tenant);
  }

  public List<String> events() {
    return List.copyOf(events);
  }
}
