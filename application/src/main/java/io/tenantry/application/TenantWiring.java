package io.tenantry.application;

import io.tenantry.application.tenant.BootstrapSystemTenant;
import io.tenantry.application.tenant.CreateTenant;
import io.tenantry.application.tenant.DeleteTenant;
import io.tenantry.application.tenant.ReadTenants;
import io.tenantry.application.tenant.SignUpTenant;
import io.tenantry.application.tenant.UpdateOwnTenant;
import io.tenantry.application.tenant.UpdateTenant;

/** The tenant flows: create (by an admin, by sign-up, at the first start), change, delete. */
final class TenantWiring {
  final ReadTenants readTenants;
  final CreateTenant createTenant;
  final SignUpTenant signUpTenant;
  final UpdateOwnTenant updateOwnTenant;
  final UpdateTenant updateTenant;
  final DeleteTenant deleteTenant;
  final BootstrapSystemTenant bootstrapSystemTenant;

  TenantWiring(Collaborators c) {
    var tenants = c.ports.tenants();
    readTenants = new ReadTenants(c.uow, tenants, c.users);
    createTenant = new CreateTenant(c.provisioning);
    signUpTenant = new SignUpTenant(c.provisioning, c.sessions, c.settings.signupEnabled());
    updateOwnTenant = new UpdateOwnTenant(c.uow, tenants, c.users, c.events, c.clock);
    updateTenant = new UpdateTenant(c.uow, tenants, c.events, c.clock);
    deleteTenant = new DeleteTenant(c.uow, tenants, c.ports.schemas(), c.events);
    bootstrapSystemTenant =
        new BootstrapSystemTenant(
            c.uow, tenants, c.users, c.provisioning, c.hasher, c.policy, c.clock);
  }
}
