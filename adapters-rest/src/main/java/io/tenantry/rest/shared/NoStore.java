package io.tenantry.rest.shared;

import jakarta.ws.rs.core.CacheControl;
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
        .cacheControl(cacheControl())
        .header("Pragma", "no-cache")
        .build();
  }

  /** A secret shown once, with the given status, never stored by a cache. */
  public static <T> RestResponse<T> shownOnce(RestResponse.Status status, T body) {
    return RestResponse.ResponseBuilder.create(status, body).cacheControl(cacheControl()).build();
  }
}
