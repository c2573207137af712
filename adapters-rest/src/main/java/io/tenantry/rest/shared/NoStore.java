package io.tenantry.rest.shared;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.RuntimeDelegate;
import org.jboss.resteasy.reactive.RestResponse;

/** Answers that carry a credential or a secret shown once: never stored by a cache. */
public final class NoStore {
  private NoStore() {}

  /** {@code Cache-Control: no-store}. */
  public static CacheControl cacheControl() {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return noStore;
  }

  /** 200 with tokens or secrets: {@code no-store} and, for HTTP/1.0 caches, {@code Pragma}. */
  public static <T> RestResponse<T> ok(T body) {
    return RestResponse.ResponseBuilder.ok(body)
        .header(HttpHeaders.CACHE_CONTROL, Header.VALUE)
        .header("Pragma", "no-cache")
        .build();
  }

  /**
   * The header value of {@link #cacheControl()}, rendered once: every token response (login,
   * refresh) sent it, and rendering a {@link CacheControl} per response showed in the refresh
   * profile (issue 10).
   */
  private static final class Header {
    static final String VALUE =
        RuntimeDelegate.getInstance()
            .createHeaderDelegate(CacheControl.class)
            .toString(cacheControl());
  }

  /** A secret shown once, with the given status, never stored by a cache. */
  public static <T> RestResponse<T> shownOnce(RestResponse.Status status, T body) {
    return RestResponse.ResponseBuilder.create(status, body).cacheControl(cacheControl()).build();
  }
}
