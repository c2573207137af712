package io.tenantry.application.audit;

import io.tenantry.application.event.DomainEvent;
import io.tenantry.application.event.TenantCreated;
import io.tenantry.application.event.TenantDeleted;
import io.tenantry.application.event.TenantSuspended;
import io.tenantry.application.event.TenantUpdated;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditTarget;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What each domain event leaves in the audit trail: its type, what it is about, and its details in
 * the stable key/value form the audit API shows; each flow registers its own (e.g. {@link
 * AccountAuditEntries}). Events without an entry are not audited. Webhook messages are made from
 * the same entries, so every audited type can be subscribed.
 */
public final class AuditEntries {
  private final Map<Class<?>, Function<DomainEvent, Entry>> entries = new HashMap<>();

  public AuditEntries() {
    AccountAuditEntries.register(this);
    MfaAuditEntries.register(this);
    DirectoryAuditEntries.register(this);
    TenantAuditEntries.register(this);
    ClientAuditEntries.register(this);
    ApiKeyAuditEntries.register(this);
    RoleAuditEntries.register(this);
    MigrationAuditEntries.register(this);
    WebhookAuditEntries.register(this);
  }

  public Optional<Entry> of(DomainEvent event) {
    return Optional.ofNullable(entries.get(event.getClass())).map(entry -> entry.apply(event));
  }

  /**
   * The entry of a platform admin's action in the {@code system} trail: the tenant's own entry with
   * its slug added, or {@code tenant.deleted}, which only the platform's trail can keep.
   */
  Optional<Entry> onPlatformTrail(DomainEvent action) {
    if (action instanceof TenantDeleted deleted) {
      return Optional.of(
          new Entry(
              AuditEventType.TENANT_DELETED,
              AuditTarget.tenant(deleted.tenant().id()),
              Map.of("slug", deleted.tenant().slug().value())));
    }
    return of(action).map(entry -> entry.withDetail("slug", slugOf(action)));
  }

  private static String slugOf(DomainEvent action) {
    if (action instanceof TenantCreated e) {
      return e.tenant().slug().value();
    }
    if (action instanceof TenantUpdated e) {
      return e.tenant().slug().value();
    }
    if (action instanceof TenantSuspended e) {
      return e.tenant().slug().value();
    }
    throw new IllegalArgumentException("not a platform admin action: " + action.getClass());
  }

  /** Registers the entry of one event type; a type registered twice is a wiring mistake. */
  <E extends DomainEvent> void on(Class<E> type, Function<E, Entry> entry) {
    if (entries.put(type, event -> entry.apply(type.cast(event))) != null) {
      throw new IllegalStateException("two audit entries for " + type.getSimpleName());
    }
  }

  /** The audit row's type, target and details. */
  public record Entry(AuditEventType type, AuditTarget target, Map<String, String> details) {
    Entry withDetail(String key, String value) {
      Map<String, String> more = new TreeMap<>(details);
      more.put(key, value);
      return new Entry(type, target, more);
    }
  }
}
