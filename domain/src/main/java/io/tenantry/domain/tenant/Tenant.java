package io.tenantry.domain.tenant;

import java.time.Instant;
import java.util.Objects;

/** A customer of the platform: its own users, roles and data, isolated from every other tenant. */
public final class Tenant {
  private final TenantId id;
  private final TenantSlug slug;
  private TenantName name;
  private TenantStatus status;
  private boolean selfRegistration;
  private final Instant createdAt;
  private Instant updatedAt;
  private final long version;
  private boolean mfaRequired;

  private Tenant(TenantSnapshot s) {
    this.id = Objects.requireNonNull(s.id());
    this.slug = Objects.requireNonNull(s.slug());
    this.name = Objects.requireNonNull(s.name());
    this.status = Objects.requireNonNull(s.status());
    this.selfRegistration = s.selfRegistration();
    this.createdAt = Objects.requireNonNull(s.createdAt());
    this.updatedAt = Objects.requireNonNull(s.updatedAt());
    this.version = s.version();
    this.mfaRequired = s.mfaRequired();
  }

  public static Tenant create(TenantSlug slug, TenantName name, Instant now) {
    return new Tenant(
        new TenantSnapshot(
            TenantId.random(), slug, name, TenantStatus.ACTIVE, false, now, now, 0, false));
  }

  public static Tenant restore(TenantSnapshot snapshot) {
    return new Tenant(snapshot);
  }

  public void rename(TenantName newName, Instant now) {
    if (!name.equals(newName)) {
      name = newName;
      updatedAt = now;
    }
  }

  public void changeSelfRegistration(boolean enabled, Instant now) {
    if (selfRegistration != enabled) {
      selfRegistration = enabled;
      updatedAt = now;
    }
  }

  /** Turns the policy that every user must have a second factor on or off. */
  public void changeMfaRequired(boolean required, Instant now) {
    if (mfaRequired != required) {
      mfaRequired = required;
      updatedAt = now;
    }
  }

  public boolean mfaRequired() {
    return mfaRequired;
  }

  /** Suspends or reactivates; the system tenant can never be suspended. */
  public void changeStatus(TenantStatus newStatus, Instant now) {
    if (newStatus == TenantStatus.SUSPENDED && slug.isSystem()) {
      throw new io.tenantry.domain.shared.ForbiddenException(
          "the system tenant cannot be suspended");
    }
    if (status != newStatus) {
      status = newStatus;
      updatedAt = now;
    }
  }

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  public TenantRef ref() {
    return new TenantRef(id, slug);
  }

  /** The current state as an immutable value. */
  public TenantSnapshot snapshot() {
    return new TenantSnapshot(
        id, slug, name, status, selfRegistration, createdAt, updatedAt, version, mfaRequired);
  }

  public TenantId id() {
    return id;
  }

  public TenantSlug slug() {
    return slug;
  }

  public TenantName name() {
    return name;
  }

  public TenantStatus status() {
    return status;
  }

  public boolean selfRegistration() {
    return selfRegistration;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
