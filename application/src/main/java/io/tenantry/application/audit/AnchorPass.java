package io.tenantry.application.audit;

import io.tenantry.domain.tenant.TenantId;
import java.util.List;

/**
 * What one anchoring pass did: how many trails got a new anchor, and the tenants it could not
 * anchor (their marks stay, so the next pass tries them again).
 */
public record AnchorPass(int anchored, List<Failure> failed) {

  public AnchorPass {
    failed = List.copyOf(failed);
  }

  /** One tenant's trail the pass could not anchor, and why. */
  public record Failure(TenantId tenant, RuntimeException cause) {}
}
