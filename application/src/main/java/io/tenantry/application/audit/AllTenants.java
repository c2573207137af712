package io.tenantry.application.audit;

import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every tenant of the registry, read page by page, for the jobs that visit each trail. */
public final class AllTenants {
  private AllTenants() {}

  public static List<TenantRef> of(UnitOfWork unitOfWork, TenantRepository tenants) {
    List<TenantRef> refs = new ArrayList<>();
    for (int page = 0; ; page++) {
      TenantQuery query =
          new TenantQuery(
              Optional.empty(),
              Optional.empty(),
              new PageRequest<>(page, PageRequest.MAX_SIZE, TenantQuery.DEFAULT_SORT));
      Page<Tenant> found = unitOfWork.inControl(() -> tenants.search(query));
      found.items().forEach(t -> refs.add(t.ref()));
      if (found.items().size() < PageRequest.MAX_SIZE) {
        return refs;
      }
    }
  }
}
