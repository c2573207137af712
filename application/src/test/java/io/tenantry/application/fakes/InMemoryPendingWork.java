package io.tenantry.application.fakes;

import io.tenantry.domain.tenant.PendingWork;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.WorkKind;
import io.tenantry.domain.tenant.WorkMark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The work marks, as the persistence adapter keeps them: the fakes that write work mark its tenant,
 * each mark with a version renewed by every mark, cleared only at the version that was read.
 */
public final class InMemoryPendingWork implements PendingWork {
  private final InMemoryTenantRepository tenants;
  private final Map<WorkKind, Map<TenantSlug, Long>> marks = new HashMap<>();

  public InMemoryPendingWork(InMemoryTenantRepository tenants) {
    this.tenants = tenants;
  }

  public synchronized void mark(TenantSlug tenant, WorkKind kind) {
    marks.computeIfAbsent(kind, k -> new HashMap<>()).merge(tenant, 0L, (old, none) -> old + 1);
  }

  @Override
  public synchronized List<WorkMark> marked(WorkKind kind) {
    List<WorkMark> found = new ArrayList<>();
    marks
        .getOrDefault(kind, Map.of())
        .forEach(
            (slug, version) ->
                tenants
                    .findBySlug(slug)
                    .map(Tenant::ref)
                    .ifPresent(ref -> found.add(new WorkMark(ref, kind, version))));
    return found;
  }

  @Override
  public synchronized void clear(WorkMark mark) {
    Optional.ofNullable(marks.get(mark.kind()))
        .ifPresent(byTenant -> byTenant.remove(mark.tenant().slug(), mark.version()));
  }
}
