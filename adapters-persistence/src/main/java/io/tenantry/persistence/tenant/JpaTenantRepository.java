package io.tenantry.persistence.tenant;

import io.tenantry.domain.shared.Page;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.TenantSort;
import io.tenantry.persistence.mail.MailOutboxEntity;
import io.tenantry.persistence.shared.BoundedTotals;
import io.tenantry.persistence.shared.Conditions;
import io.tenantry.persistence.shared.CustomPlans;
import io.tenantry.persistence.shared.LikePatterns;
import io.tenantry.persistence.shared.Pages;
import io.tenantry.persistence.shared.StoredEnums;
import io.tenantry.persistence.shared.VersionCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/** The tenant registry in {@code control.tenants}. */
@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

  private static final Map<TenantSort, String> SORT_ATTRIBUTES =
      Map.of(
          TenantSort.SLUG, "slug",
          TenantSort.NAME, "name",
          TenantSort.STATUS, "status",
          TenantSort.CREATED_AT, "createdAt");

  @Inject BoundedTotals totals;
  @Inject CustomPlans customPlans;

  @Override
  public Tenant save(Tenant tenant) {
    TenantEntity entity = TenantEntity.findById(tenant.id().value());
    if (entity == null) {
      entity = TenantMapper.toNewEntity(tenant);
      entity.persist();
    } else {
      VersionCheck.requireCurrent(entity.version, tenant.revision().version());
      TenantMapper.copyState(tenant, entity);
    }
    // Flush now so a duplicate slug fails here and the returned version is the stored one.
    TenantEntity.flush();
    if (entity.mfaRequired != tenant.mfaRequired()) {
      writeMfaRequired(entity, tenant.mfaRequired());
    }
    return TenantMapper.toDomain(entity);
  }

  /** One key of the settings document; the rest of it is left as it is. */
  private static void writeMfaRequired(TenantEntity entity, boolean required) {
    TenantEntity.getEntityManager()
        .createNativeQuery(
            "UPDATE control.tenants SET settings = jsonb_set(settings, '{mfa_required}',"
                + " to_jsonb(cast(:required as boolean))) WHERE id = :id")
        .setParameter("required", required)
        .setParameter("id", entity.id)
        .executeUpdate();
    entity.mfaRequired = required;
  }

  @Override
  public Optional<Tenant> findById(TenantId id) {
    return TenantEntity.<TenantEntity>findByIdOptional(id.value()).map(TenantMapper::toDomain);
  }

  @Override
  public Optional<Tenant> findBySlug(TenantSlug slug) {
    return TenantEntity.<TenantEntity>find("slug", slug.value())
        .firstResultOptional()
        .map(TenantMapper::toDomain);
  }

  @Override
  public Page<Tenant> search(TenantQuery query) {
    Conditions where =
        new Conditions()
            .when(
                query.text().filter(text -> !text.isBlank()).map(LikePatterns::contains),
                "(lower(slug) like :text escape '\\' or lower(name) like :text escape '\\')",
                "text")
            .when(query.status().map(StoredEnums::text), "status = :status", "status");
    customPlans.forFiltered(where);
    List<Tenant> items =
        TenantEntity.<TenantEntity>find(
                where.hql(), Pages.sortOf(query.page(), SORT_ATTRIBUTES), where.parameters())
            .range(query.page().offset(), Pages.lastIndex(query.page()))
            // Read-only: no snapshot per row, nothing for the flush at commit to dirty-check.
            .withHint(HibernateHints.HINT_READ_ONLY, true)
            .list()
            .stream()
            .map(TenantMapper::toDomain)
            .toList();
    // Counted in id order, as users are: the status filter's index ends in id.
    return totals.page(items, query.page(), "TenantEntity", where, "id");
  }

  @Override
  public void delete(TenantId id) {
    // Unsent mail of a deleted tenant would carry links into data that no longer exists.
    MailOutboxEntity.delete("tenantId", id.value());
    TenantEntity.deleteById(id.value());
  }
}
