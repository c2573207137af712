package io.tenantry.domain.webhook;

/** Where a webhook delivery stands: waiting (first try or a retry), delivered, or given up. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED
}
