package io.tenantry.application.fakes;

import io.tenantry.domain.auth.PageSession;
import io.tenantry.domain.auth.PageSessionRepository;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.tenant.TenantSlug;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Pages sessions kept per tenant slug by id. */
public final class InMemoryPageSessionRepository implements PageSessionRepository {
  private final InMemoryUnitOfWork unitOfWork;
  private final Map<TenantSlug, Map<UUID, PageSession>> byTenant = new HashMap<>();

  public InMemoryPageSessionRepository(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public void save(PageSession session) {
    sessions().put(session.id(), session);
  }

  @Override
  public Optional<PageSession> findByHash(TokenHash hash) {
    return sessions().values().stream().filter(s -> s.hash().equals(hash)).findFirst();
  }

  @Override
  public void touch(UUID id, Instant now) {
    sessions()
        .computeIfPresent(
            id,
            (k, s) -> new PageSession(s.id(), s.hash(), s.user(), s.session(), s.createdAt(), now));
  }

  @Override
  public void delete(UUID id) {
    sessions().remove(id);
  }

  private Map<UUID, PageSession> sessions() {
    return byTenant.computeIfAbsent(unitOfWork.currentTenant(), t -> new LinkedHashMap<>());
  }
}
