package io.tenantry.domain.client;

import io.tenantry.domain.shared.RuleViolationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * A registered redirect target: an absolute {@code https} URI without fragment, or {@code http} on
 * a loopback host (native apps, RFC 8252 §7.3). Kept exactly as registered and compared as a
 * string, so no normalisation can widen what matches.
 */
public record RedirectUri(String value) {
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
  private static final int MAX_LENGTH = 2000;

  public RedirectUri {
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      throw invalid("must be an absolute URI of at most " + MAX_LENGTH + " characters");
    }
    URI uri = parse(value);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty() || uri.getRawUserInfo() != null) {
      throw invalid("must name a host and no user information");
    }
    if (uri.getRawFragment() != null || value.contains("#")) {
      throw invalid("must not have a fragment");
    }
    if (!scheme.equals("https") && !(scheme.equals("http") && LOOPBACK.contains(host))) {
      throw invalid("must use https (http only for localhost, 127.0.0.1 or [::1])");
    }
  }

  /** Exact, character-for-character match with a presented {@code redirect_uri}. */
  public boolean matches(String presented) {
    return value.equals(presented);
  }

  private static URI parse(String value) {
    try {
      URI uri = new URI(value);
      if (!uri.isAbsolute() || uri.isOpaque()) {
        throw invalid("must be an absolute URI");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw invalid("must be an absolute URI");
    }
  }

  private static RuleViolationException invalid(String message) {
    return new RuleViolationException("redirect_uris", message);
  }
}
