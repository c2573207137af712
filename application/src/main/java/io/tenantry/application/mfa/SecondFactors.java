package io.tenantry.application.mfa;

import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.MfaEnabled;
import io.tenantry.application.event.RecoveryCodeUsed;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.mfa.RecoveryCode;
import io.tenantry.domain.mfa.TotpFactor;
import io.tenantry.domain.mfa.TotpFactors;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The TOTP rules every entry point shares: start an enrolment, confirm it (recovery codes out),
 * check a login code. Call inside the user's tenant unit of work; nothing here knows HTTP.
 */
public final class SecondFactors {
  static final int RECOVERY_CODES = 10;
  private static final Pattern TOTP_CODE = Pattern.compile("^\\d{6}$");

  private final TotpFactors factors;
  private final Totp totp;
  private final SecretSealer sealer;
  private final SecureTokens secureTokens;
  private final DomainEvents events;

  public SecondFactors(
      TotpFactors factors,
      Totp totp,
      SecretSealer sealer,
      SecureTokens secureTokens,
      DomainEvents events) {
    this.factors = factors;
    this.totp = totp;
    this.sealer = sealer;
    this.secureTokens = secureTokens;
    this.events = events;
  }

  /** A new pending secret for {@code user}, replacing an unconfirmed one; 409 once MFA is on. */
  TotpSetup begin(TenantSnapshot tenant, User user, Instant now) {
    if (user.mfaEnabled()) {
      throw new ConflictException("mfa_already_enabled", "MFA is already on; turn it off first");
    }
    byte[] secret = totp.newSecret();
    factors.save(TotpFactor.pending(user.id(), sealer.seal(secret, context(user)), now));
    String encoded = totp.encode(secret);
    return new TotpSetup(encoded, uri(tenant, user, encoded));
  }

  /** Confirms the pending secret with a current code; MFA is on and fresh recovery codes out. */
  List<String> confirm(Initiator by, User user, String code, Instant now) {
    TotpFactor factor =
        factors
            .findForUpdate(user.id())
            .filter(f -> !f.isConfirmed() && !user.mfaEnabled())
            .orElseThrow(
                () ->
                    new ConflictException(
                        "mfa_not_pending", "no TOTP enrolment is waiting for confirmation"));
    if (!acceptsTotp(factor, user, code, now)) {
      throw new RuleViolationException("invalid_mfa_code", "code", "is not a current code");
    }
    factor.confirm(now);
    factors.save(factor);
    user.enableMfa(now);
    events.publish(new MfaEnabled(by, user.tenantId(), user.id()));
    return newRecoveryCodes(user, now);
  }

  /**
   * Checks a login code: a current TOTP code not used before, or an unused recovery code (spent
   * now). Empty when right; otherwise why not.
   */
  Optional<CodeRefusal> check(User user, String code, Instant now) {
    Optional<TotpFactor> factor = factors.findForUpdate(user.id()).filter(TotpFactor::isConfirmed);
    if (factor.isEmpty() || code == null) {
      return Optional.of(CodeRefusal.WRONG);
    }
    if (TOTP_CODE.matcher(code).matches()) {
      OptionalLong step = stepOf(factor.get(), user, code, now);
      if (step.isEmpty()) {
        return Optional.of(CodeRefusal.WRONG);
      }
      if (!factor.get().accept(step.getAsLong())) {
        return Optional.of(CodeRefusal.REPLAYED);
      }
      factors.save(factor.get());
      return Optional.empty();
    }
    if (factors.spendRecoveryCode(user.id(), RecoveryCode.hashOf(code), now)) {
      events.publish(new RecoveryCodeUsed(Initiator.of(user), user.tenantId(), user.id()));
      return Optional.empty();
    }
    return Optional.of(CodeRefusal.WRONG);
  }

  /** A current TOTP code of the user's confirmed factor, accepted once (for sensitive changes). */
  void requireCurrentCode(User user, String code, Instant now) {
    Optional<TotpFactor> factor = factors.findForUpdate(user.id()).filter(TotpFactor::isConfirmed);
    if (factor.isEmpty()) {
      throw new ConflictException("mfa_not_enabled", "MFA is not on for this account");
    }
    if (code == null || !acceptsTotp(factor.get(), user, code, now)) {
      throw new RuleViolationException("invalid_mfa_code", "code", "is not a current code");
    }
    factors.save(factor.get());
  }

  /** Ten fresh recovery codes replace the old ones; only their hashes are kept. */
  List<String> newRecoveryCodes(User user, Instant now) {
    List<String> codes = new ArrayList<>();
    List<TokenHash> hashes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      byte[] random = Base64.getUrlDecoder().decode(secureTokens.newSecret());
      RecoveryCode code = RecoveryCode.fromRandom(random);
      codes.add(code.value());
      hashes.add(code.hash());
    }
    factors.replaceRecoveryCodes(user.id(), hashes, now);
    return List.copyOf(codes);
  }

  /** Removes the factor and its recovery codes; MFA is off. */
  public void remove(User user, Instant now) {
    factors.delete(user.id());
    user.disableMfa(now);
  }

  static AuthenticationException invalidCode() {
    return new AuthenticationException("invalid_mfa_code", "the code is not valid");
  }

  private boolean acceptsTotp(TotpFactor factor, User user, String code, Instant now) {
    if (code == null || !TOTP_CODE.matcher(code).matches()) {
      return false;
    }
    OptionalLong step = stepOf(factor, user, code, now);
    return step.isPresent() && factor.accept(step.getAsLong());
  }

  private OptionalLong stepOf(TotpFactor factor, User user, String code, Instant now) {
    byte[] secret = sealer.open(factor.sealedSecret(), context(user));
    return totp.matchingStep(secret, code, now);
  }

  /** Binds a sealed secret to its user: copied to another row it does not open. */
  private static String context(User user) {
    return "totp:" + user.tenantId().value() + ":" + user.id().value();
  }

  /** The key URI format that authenticator apps scan: issuer is the tenant's name. */
  private static String uri(TenantSnapshot tenant, User user, String secret) {
    String issuer = encode(tenant.name().value());
    String account = encode(user.email().value());
    return "otpauth://totp/"
        + issuer
        + ":"
        + account
        + "?secret="
        + secret
        + "&issuer="
        + issuer
        + "&algorithm=SHA1&digits=6&period=30";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Why a login code was refused. */
  enum CodeRefusal {
    WRONG,
    REPLAYED
  }
}
