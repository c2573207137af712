package io.tenantry.application.oauth;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.IdTokenHint;
import io.tenantry.application.auth.IdTokens;
import io.tenantry.application.session.SessionEnding;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.Optional;

/**
 * RP-initiated logout ({@code /oauth2/logout}): ends the session named by an ID token this issuer
 * signed. Answers the hint, so the adapter can check a post-logout redirect against its client.
 */
public final class EndSession {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final IdTokens idTokens;
  private final SessionEnding ending;

  public EndSession(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      IdTokens idTokens,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.idTokens = idTokens;
    this.ending = new SessionEnding(refreshTokens, users, events, clock);
  }

  /** Ends the hinted session; empty when the hint is not an ID token of ours. */
  public Optional<IdTokenHint> end(String idTokenHint) {
    Optional<IdTokenHint> hint =
        idTokenHint == null ? Optional.empty() : idTokens.readHint(idTokenHint);
    Optional<TenantSnapshot> tenant = hint.flatMap(h -> tenants.byId(h.tenant()));
    if (tenant.isEmpty()) {
      return Optional.empty();
    }
    IdTokenHint found = hint.get();
    unitOfWork.inTenant(
        tenant.get().ref(),
        () ->
            found.session().ifPresent(sid -> ending.end(tenant.get().id(), sid, found.subject())));
    return hint;
  }
}
