package io.tenantry.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Builds the redirects back to a client's registered URI, whose own query is kept as is. */
final class RedirectUris {
  private RedirectUris() {}

  /** {@code base} with {@code params} (null values left out) added to its query. */
  static URI withParams(String base, Map<String, String> params) {
    StringBuilder uri = new StringBuilder(base);
    char separator = base.contains("?") ? '&' : '?';
    for (Map.Entry<String, String> param : params.entrySet()) {
      if (param.getValue() == null) {
        continue;
      }
      uri.append(separator)
          .append(URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return URI.create(uri.toString());
  }

  /** The origin ({@code scheme://host[:port]}) of an absolute URI, for a CSP source list. */
  static String origin(String absolute) {
    URI uri = URI.create(absolute);
    String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
    return uri.getScheme() + "://" + uri.getHost() + port;
  }
}
