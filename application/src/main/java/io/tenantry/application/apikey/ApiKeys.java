package io.tenantry.application.apikey;

import io.tenantry.application.event.ApiKeyCreated;
import io.tenantry.application.event.ApiKeyRevoked;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.RoleRules;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.apikey.ApiKey;
import io.tenantry.domain.apikey.ApiKeyId;
import io.tenantry.domain.apikey.ApiKeyRepository;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.List;

/**
 * Personal API keys: a user creates, lists and revokes their own; an administrator lists and
 * revokes those of a user they may manage. A key never holds a permission its user lacks.
 */
public final class ApiKeys {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final ApiKeyRepository keys;
  private final SecureTokens tokens;
  private final DomainEvents events;
  private final Clock clock;

  public ApiKeys(
      UnitOfWork unitOfWork,
      UserRepository users,
      ApiKeyRepository keys,
      SecureTokens tokens,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.keys = keys;
    this.tokens = tokens;
    this.events = events;
    this.clock = clock;
  }

  public NewApiKey create(Actor actor, CreateApiKeyCommand command) {
    command
        .roles()
        .filter(wanted -> !ApiKey.coveredBy(wanted, actor.roles()).equals(wanted))
        .ifPresent(
            wanted -> {
              throw new RuleViolationException("roles", "a key cannot hold a permission you lack");
            });
    String secret = ApiKeyFormat.compose(tokens.newSecret(), actor.tenantId());
    ApiKey key =
        ApiKey.issue(
            ApiKeyId.random(),
            actor.userId(),
            command.name(),
            ApiKeyFormat.prefixOf(secret),
            TokenHash.of(secret),
            command.roles(),
            command.expiresAt(),
            clock.instant());
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          keys.save(key);
          events.publish(
              new ApiKeyCreated(
                  actor.initiator(), actor.tenantId(), actor.userId(), key.id(), key.name()));
          return new NewApiKey(ApiKeyView.of(key), secret);
        });
  }

  public List<ApiKeyView> listOwn(Actor actor) {
    return unitOfWork.inTenant(actor.tenantRef(), () -> list(actor.userId()));
  }

  public void revokeOwn(Actor actor, ApiKeyId id) {
    unitOfWork.inTenant(actor.tenantRef(), () -> revoke(actor, actor.userId(), id));
  }

  public List<ApiKeyView> listOf(Actor actor, UserId user) {
    actor.require(Permission.USERS_WRITE);
    return unitOfWork.inTenant(actor.tenantRef(), () -> list(manageable(actor, user).id()));
  }

  public void revokeOf(Actor actor, UserId user, ApiKeyId id) {
    actor.require(Permission.USERS_WRITE);
    unitOfWork.inTenant(actor.tenantRef(), () -> revoke(actor, manageable(actor, user).id(), id));
  }

  private List<ApiKeyView> list(UserId user) {
    return keys.activeOf(user).stream().map(ApiKeyView::of).toList();
  }

  private void revoke(Actor actor, UserId owner, ApiKeyId id) {
    ApiKey key =
        keys.findById(id)
            .filter(k -> k.user().equals(owner) && k.revokedAt().isEmpty())
            .orElseThrow(() -> new NotFoundException("API key not found"));
    key.revoke(clock.instant());
    keys.save(key);
    events.publish(new ApiKeyRevoked(actor.initiator(), actor.tenantId(), owner, id));
  }

  /** The same rule as every management action: nobody manages a holder of a role they lack. */
  private User manageable(Actor actor, UserId id) {
    User user = users.findById(id).orElseThrow(() -> new NotFoundException("user not found"));
    if (!user.id().equals(actor.userId())) {
      user.roles().forEach(role -> RoleRules.requireAssignable(actor, role));
    }
    return user;
  }
}
