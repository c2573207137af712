package io.tenantry.application;

import io.tenantry.application.client.DeleteClient;
import io.tenantry.application.client.FindClient;
import io.tenantry.application.client.ReadClients;
import io.tenantry.application.client.RegisterClient;
import io.tenantry.application.client.RotateClientSecret;
import io.tenantry.application.client.UpdateClient;

/** The OAuth client flows: register, read, change, rotate the secret, delete, find by id. */
final class ClientWiring {
  final RegisterClient registerClient;
  final ReadClients readClients;
  final UpdateClient updateClient;
  final DeleteClient deleteClient;
  final RotateClientSecret rotateClientSecret;
  final FindClient findClient;

  ClientWiring(Collaborators c) {
    var clients = c.ports.clients();
    var directory = c.ports.clientDirectory();
    var secureTokens = c.ports.secureTokens();
    registerClient = new RegisterClient(c.uow, clients, directory, secureTokens, c.events, c.clock);
    readClients = new ReadClients(c.uow, clients);
    updateClient = new UpdateClient(c.uow, clients, c.events, c.clock);
    deleteClient = new DeleteClient(c.uow, clients, directory, c.events);
    rotateClientSecret = new RotateClientSecret(c.uow, clients, secureTokens, c.events, c.clock);
    findClient = new FindClient(c.uow, c.directory, directory, clients);
  }
}
