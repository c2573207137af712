package io.tenantry.domain.client;

/** The fields the client list can be sorted by. */
public enum ClientSort {
  NAME,
  CREATED_AT
}
