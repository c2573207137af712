package io.tenantry.persistence.tenant;

import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
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
import io.tenantry.persistence.shared.MatchPages;
import io.tenantry.persistence.shared.Pages;
import io.tenantry.persistence.shared.StoredEnums;
import io.tenantry.persistence.shared.VersionCheck;
import io.tenantry.persistence.work.JpaPendingWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The tenant registry in {@code control.tenants}. */
@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

  private static final Map<TenantSort, String> SORT_ATTRIBUTES =
      Map.of(
          TenantSort.SLUG, "slug",
          TenantSort.NAME, "name",
          TenantSort.STATUS, "status",
          TenantSort.CREATED_AT, "createdAt");

  private static final Map<TenantSort, String> SORT_COLUMNS =
      Map.of(
          TenantSort.SLUG, "slug",
          TenantSort.NAME, "name",
          TenantSort.STATUS, "status",
          TenantSort.CREATED_AT, "created_at");

  @Inject BoundedTotals totals;
  @Inject CustomPlans customPlans;
  @Inject JpaPendingWork pendingWork;

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
    if (query.text().filter(text -> !text.isBlank()).isPresent()) {
      return totals.countingFirst(
          query.page(),
          "TenantEntity",
          where,
          () -> fromMatches(where, query.page()),
          () -> sortWalk(where, query.page()));
    }
    // Counted in id order, as users are: the status filter's index ends in id.
    return totals.page(sortWalk(where, query.page()), query.page(), "TenantEntity", where, "id");
  }

  /** The page by walking the sort key's index and testing each row: right for common matches. */
  private static List<Tenant> sortWalk(Conditions where, PageRequest<TenantSort> page) {
    return Pages.read(
            TenantEntity.<TenantEntity>find(
                where.hql(), Pages.sortOf(page, SORT_ATTRIBUTES), where.parameters()),
            page)
        .stream()
        .map(TenantMapper::toDomain)
        .toList();
  }

  /** The page from the match set ({@link MatchPages}): the page's ids, then their rows. */
  private List<Tenant> fromMatches(Conditions where, PageRequest<TenantSort> page) {
    // The filters' clauses read the same in SQL: slug, name and status are the column names. Ids
    // first: the settings formula is not a column, so the rows cannot be mapped from this
    // statement.
    List<UUID> ids =
        MatchPages.ids(
            TenantEntity.getEntityManager(),
            "control.tenants",
            where,
            SORT_COLUMNS.get(page.sort().field()),
            page);
    if (ids.isEmpty()) {
      return List.of();
    }
    List<TenantEntity> rows =
        Pages.read(
            TenantEntity.getEntityManager()
                .createQuery("from TenantEntity where id in :ids", TenantEntity.class)
                .setParameter("ids", ids));
    return MatchPages.inOrder(ids, rows, row -> row.id).stream()
        .map(TenantMapper::toDomain)
        .toList();
  }

  @Override
  public void delete(TenantId id) {
    // Unsent mail of a deleted tenant would carry links into data that no longer exists.
    MailOutboxEntity.delete("tenantId", id.value());
    pendingWork.forget(id);
    TenantEntity.deleteById(id.value());
  }
}
