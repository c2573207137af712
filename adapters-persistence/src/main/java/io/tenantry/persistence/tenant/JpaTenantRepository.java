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
import io.tenantry.persistence.shared.LikePatterns;
import io.tenantry.persistence.shared.Pages;
import io.tenantry.persistence.shared.StoredEnums;
import io.tenantry.persistence.shared.VersionCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
  @Inject EntityManager entityManager;

  @Override
  public Tenant save(Tenant tenant) {
    TenantEntity entity = TenantEntity.findById(tenant.id().value());
    if (entity == null) {
      entity = TenantMapper.toNewEntity(tenant);
      entity.persist();
    } else {
      VersionCheck.requireCurrent(entity.version, tenant.version());
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
    boolean text = query.text().filter(t -> !t.isBlank()).isPresent();
    List<Tenant> items =
        (text
                ? matchesFirst(where, query)
                : TenantEntity.<TenantEntity>find(
                        where.hql(),
                        Pages.sortOf(query.page(), SORT_ATTRIBUTES),
                        where.parameters())
                    .range(query.page().offset(), Pages.lastIndex(query.page()))
                    .list())
            .stream().map(TenantMapper::toDomain).toList();
    // Counted in id order, as users are: the status filter's index ends in id. A text search
    // counts the trigram matches instead.
    return text
        ? totals.pageOfMatches(items, query.page(), "TenantEntity", where)
        : totals.page(items, query.page(), "TenantEntity", where, "id");
  }

  /**
   * The page of a text search, taken from its matches: the trigram indexes find them (a few in
   * 10,000), then they are sorted. Left to itself the planner walks the sort key's index and tests
   * the text on every row until the page is full, which reads most of the registry when the matches
   * sit late in that order. Materialized, the matches cannot be folded back into that walk; the
   * registry is small, so even a text that matches every tenant stays cheap.
   */
  private List<TenantEntity> matchesFirst(Conditions where, TenantQuery query) {
    TypedQuery<TenantEntity> page =
        entityManager.createQuery(
            "with matches as materialized (select t.id as id from TenantEntity t where "
                + where.hql()
                + ") from TenantEntity where id in (select m.id from matches m) order by "
                + Pages.orderBy(query.page(), SORT_ATTRIBUTES),
            TenantEntity.class);
    where.parameters().map().forEach(page::setParameter);
    return page.setFirstResult(query.page().offset())
        .setMaxResults(query.page().size())
        .getResultList();
  }

  @Override
  public void delete(TenantId id) {
    // Unsent mail of a deleted tenant would carry links into data that no longer exists.
    MailOutboxEntity.delete("tenantId", id.value());
    TenantEntity.deleteById(id.value());
  }
}
