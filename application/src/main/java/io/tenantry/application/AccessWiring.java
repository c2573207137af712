package io.tenantry.application;

import io.tenantry.application.apikey.ApiKeys;
import io.tenantry.application.role.CreateRole;
import io.tenantry.application.role.DeleteRole;
import io.tenantry.application.role.ReadRoles;
import io.tenantry.application.role.UpdateRole;

/** What grants access besides a session: a user's API keys, and the tenant's custom roles. */
final class AccessWiring {
  final ApiKeys apiKeys;
  final ReadRoles readRoles;
  final CreateRole createRole;
  final UpdateRole updateRole;
  final DeleteRole deleteRole;

  AccessWiring(Collaborators c) {
    apiKeys =
        new ApiKeys(c.uow, c.users, c.ports.apiKeys(), c.ports.secureTokens(), c.events, c.clock);
    var roles = c.ports.roles();
    readRoles = new ReadRoles(c.uow, roles);
    createRole = new CreateRole(c.uow, roles, c.events, c.clock);
    updateRole = new UpdateRole(c.uow, roles, c.events, c.clock);
    deleteRole = new DeleteRole(c.uow, roles, c.events);
  }
}
