package io.tenantry.application.event;

/**
 * Something that happened in a tenant, published by a use case inside its unit of work; each record
 * carries its details as typed fields and names who caused it.
 */
public interface DomainEvent {
  /** Who caused it; {@link Initiator#NONE} for the system or an unknown caller. */
  Initiator by();
}
