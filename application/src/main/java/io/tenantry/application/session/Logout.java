package io.tenantry.application.session;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.Optional;

/** Ends the session a refresh token belongs to (its whole family); unknown tokens are ignored. */
public final class Logout {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final RefreshTokenRepository refreshTokens;
  private final SessionEnding ending;

  public Logout(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.refreshTokens = refreshTokens;
    this.ending = new SessionEnding(refreshTokens, users, events, clock);
  }

  public void logout(String presented) {
    Optional<ScopedToken> token = ScopedToken.parse(presented);
    Optional<TenantSnapshot> tenant = token.flatMap(t -> tenants.byId(t.tenant()));
    if (tenant.isEmpty()) {
      return;
    }
    unitOfWork.inTenant(
        tenant.get().ref(),
        () ->
            refreshTokens
                .findByHashForUpdate(token.get().hash())
                .ifPresent(
                    stored -> ending.end(tenant.get().id(), stored.familyId(), stored.userId())));
  }
}
