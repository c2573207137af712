package io.tenantry.domain.tenant;

import io.tenantry.domain.shared.Revision;
import java.time.Instant;
import java.util.Objects;

/** A customer of the platform: its own users, roles and data, isolated from every other tenant. */
public final class Tenant {
  private final TenantId id;
  private final TenantSlug slug;
  private TenantName name;
  private TenantStatus status;
  private boolean selfRegistration;
  private boolean mfaRequired;
  private Revision revision;

  private Tenant(TenantSnapshot s) {
    this.id = Objects.requireNonNull(s.id());
    this.slug = Objects.requireNonNull(s.slug());
    this.name = Objects.requireNonNull(s.name());
    this.status = Objects.requireNonNull(s.status());
    this.selfRegistration = s.selfRegistration();
    this.mfaRequired = s.mfaRequired();
    this.revision = new Revision(s.createdAt(), s.updatedAt(), s.version());
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
      revision = revision.touched(now);
    }
  }

  public void changeSelfRegistration(boolean enabled, Instant now) {
    if (selfRegistration != enabled) {
      selfRegistration = enabled;
      revision = revision.touched(now);
    }
  }

  /** Turns the policy that every user must have a second factor on or off. */
  public void changeMfaRequired(boolean required, Instant now) {
    if (mfaRequired != required) {
      mfaRequired = required;
      revision = revision.touched(now);
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
      revision = revision.touched(now);
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
        id,
        slug,
        name,
        status,
        selfRegistration,
        revision.createdAt(),
        revision.updatedAt(),
        revision.version(),
        mfaRequired);
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

  public Revision revision() {
    return revision;
  }
}
