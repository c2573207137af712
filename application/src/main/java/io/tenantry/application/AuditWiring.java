package io.tenantry.application;

import io.tenantry.application.audit.AnchorAuditChains;
import io.tenantry.application.audit.AuditTrailQueries;
import io.tenantry.application.audit.LoginActivity;
import io.tenantry.application.audit.PurgeAuditEvents;

/**
 * The audit trail's flows: read and verify, anchor, purge (appending is an event subscriber, see
 * {@link Collaborators}).
 */
final class AuditWiring {
  final AuditTrailQueries auditTrail;
  final PurgeAuditEvents purgeAuditEvents;
  final AnchorAuditChains anchorAuditChains;
  final LoginActivity loginActivity;

  AuditWiring(Collaborators c) {
    var log = c.ports.auditLog();
    var tenants = c.ports.tenants();
    auditTrail = new AuditTrailQueries(c.uow, log, tenants, c.settings.auditAnchorKey());
    anchorAuditChains =
        new AnchorAuditChains(
            c.uow, log, c.ports.pendingWork(), c.settings.auditAnchorKey(), c.clock);
    purgeAuditEvents =
        new PurgeAuditEvents(c.uow, log, tenants, c.settings.auditRetention(), c.clock);
    loginActivity = new LoginActivity(c.uow, c.ports.auditLog(), c.clock);
  }
}
