package io.tenantry.application.fakes;

import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.TenantSnapshot;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The tenant registry in a map; stores copies and bumps the version on every save. */
public final class InMemoryTenantRepository implements TenantRepository {
  private final Map<TenantId, Tenant> tenants = new LinkedHashMap<>();
  private RuntimeException nextSaveFailure;

  /** Makes the next {@link #save} throw, as a failing database would. */
  public void failNextSave(RuntimeException failure) {
    nextSaveFailure = failure;
  }

  @Override
  public Tenant save(Tenant tenant) {
    if (nextSaveFailure != null) {
      RuntimeException failure = nextSaveFailure;
      nextSaveFailure = null;
      throw failure;
    }
    boolean slugTaken =
        tenants.values().stream()
            .anyMatch(t -> t.slug().equals(tenant.slug()) && !t.id().equals(tenant.id()));
    if (slugTaken) {
      throw new ConflictException("slug_taken", "slug is already taken");
    }
    Tenant stored = tenants.get(tenant.id());
    if (stored != null && stored.revision().version() != tenant.revision().version()) {
      throw new ConflictException("version_conflict", "stale tenant");
    }
    Tenant saved = copy(tenant, tenant.revision().version() + 1);
    tenants.put(tenant.id(), saved);
    return copy(saved, saved.revision().version());
  }

  @Override
  public Optional<Tenant> findById(TenantId id) {
    return Optional.ofNullable(tenants.get(id)).map(t -> copy(t, t.revision().version()));
  }

  @Override
  public Optional<Tenant> findBySlug(TenantSlug slug) {
    return tenants.values().stream()
        .filter(t -> t.slug().equals(slug))
        .findFirst()
        .map(t -> copy(t, t.revision().version()));
  }

  @Override
  public Page<Tenant> search(TenantQuery query) {
    Comparator<Tenant> order =
        switch (query.page().sort().field()) {
          case SLUG -> Comparator.comparing(t -> t.slug().value());
          case NAME -> Comparator.comparing(t -> t.name().value());
          case STATUS -> Comparator.comparing(Tenant::status);
          case CREATED_AT -> Comparator.comparing(t -> t.revision().createdAt());
        };
    if (!query.page().sort().ascending()) {
      order = order.reversed();
    }
    List<Tenant> matching =
        tenants.values().stream()
            .filter(t -> query.status().map(s -> t.status() == s).orElse(true))
            .filter(t -> query.text().map(q -> matches(t, q)).orElse(true))
            .sorted(order)
            .toList();
    List<Tenant> slice =
        matching.stream()
            .skip(query.page().offset())
            .limit(query.page().size())
            .map(t -> copy(t, t.revision().version()))
            .toList();
    return new Page<>(slice, query.page().page(), query.page().size(), matching.size());
  }

  @Override
  public void delete(TenantId id) {
    tenants.remove(id);
  }

  public int size() {
    return tenants.size();
  }

  private static boolean matches(Tenant tenant, String text) {
    String q = text.toLowerCase(Locale.ROOT);
    return tenant.slug().value().contains(q)
        || tenant.name().value().toLowerCase(Locale.ROOT).contains(q);
  }

  private static Tenant copy(Tenant t, long version) {
    TenantSnapshot s = t.snapshot();
    return Tenant.restore(
        new TenantSnapshot(
            s.id(),
            s.slug(),
            s.name(),
            s.status(),
            s.selfRegistration(),
            s.createdAt(),
            s.updatedAt(),
            version,
            s.mfaRequired()));
  }
}
