package io.tenantry.application;

import io.tenantry.application.migration.ImportUsers;
import io.tenantry.application.user.AssignRoles;
import io.tenantry.application.user.DeleteOwnAccount;
import io.tenantry.application.user.DeleteUser;
import io.tenantry.application.user.ExportOwnData;
import io.tenantry.application.user.ReadUsers;
import io.tenantry.application.user.ResetMfa;
import io.tenantry.application.user.UnlockUser;
import io.tenantry.application.user.UpdateOwnProfile;
import io.tenantry.application.user.UpdateUser;
import io.tenantry.application.user.UserSessions;

/** The user directory's flows, an administrator's and the user's own, and the import. */
final class UserWiring {
  final UserSessions userSessions;
  final ReadUsers readUsers;
  final UpdateOwnProfile updateOwnProfile;
  final UpdateUser updateUser;
  final AssignRoles assignRoles;
  final UnlockUser unlockUser;
  final DeleteUser deleteUser;
  final ResetMfa resetMfa;
  final ImportUsers importUsers;
  final ExportOwnData exportOwnData;
  final DeleteOwnAccount deleteOwnAccount;

  UserWiring(Collaborators c) {
    userSessions = new UserSessions(c.uow, c.users, c.refresh, c.endSessions, c.events, c.clock);
    readUsers = new ReadUsers(c.uow, c.users, c.guard);
    updateOwnProfile = new UpdateOwnProfile(c.uow, c.users, c.events, c.clock);
    updateUser = new UpdateUser(c.uow, c.users, c.refresh, c.events, c.clock);
    assignRoles = new AssignRoles(c.uow, c.users, c.events, c.clock);
    unlockUser = new UnlockUser(c.uow, c.users, c.events, c.clock);
    deleteUser = new DeleteUser(c.uow, c.users, c.events);
    resetMfa = new ResetMfa(c.uow, c.users, c.factors, c.events, c.clock);
    importUsers = new ImportUsers(c.uow, c.directory, c.users, c.hasher, c.newUsers, c.clock);
    exportOwnData =
        new ExportOwnData(
            c.uow,
            c.users,
            c.refresh,
            c.ports.apiKeys(),
            c.ports.totpFactors(),
            c.ports.auditLog(),
            c.clock);
    deleteOwnAccount = new DeleteOwnAccount(c.uow, c.users, c.recheck, c.events);
  }
}
