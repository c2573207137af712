package io.tenantry.application.client;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.client.ClientDirectory;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientRepository;
import io.tenantry.domain.tenant.TenantId;
import java.util.Optional;

/**
 * Finds a client from its {@code client_id} alone: the directory names its tenant, the tenant's
 * schema holds it. The tenant may be suspended: callers that act for it check {@code
 * tenant().isActive()}.
 */
public final class FindClient {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final ClientDirectory directory;
  private final ClientRepository clients;

  public FindClient(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      ClientDirectory directory,
      ClientRepository clients) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.directory = directory;
    this.clients = clients;
  }

  public Optional<TenantClient> byClientId(ClientId id) {
    Optional<TenantId> tenant = unitOfWork.inControl(() -> directory.tenantOf(id));
    return tenant
        .flatMap(tenants::byId)
        .flatMap(
            snapshot ->
                unitOfWork
                    .inTenant(snapshot.ref(), () -> clients.findById(id))
                    .map(client -> new TenantClient(snapshot, client)));
  }

  /** The same look-up from a presented, unparsed {@code client_id}. */
  public Optional<TenantClient> byClientId(String presented) {
    return ClientId.parse(presented).flatMap(this::byClientId);
  }
}
