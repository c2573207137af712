package io.tenantry.web;

import org.jboss.resteasy.reactive.RestCookie;

/**
 * What every page request of a signed-in browser carries: the CSRF cookie (its forms are drawn with
 * the matching field) and the pages-session cookie.
 */
public class PageCookies {
  @RestCookie(CsrfTokens.COOKIE)
  String csrfCookie;

  @RestCookie(PageSessionCookie.COOKIE)
  String session;

  /** The CSRF cookie as presented, or null. */
  public String csrfCookie() {
    return csrfCookie;
  }

  /** The pages-session cookie as presented, or null. */
  public String session() {
    return session;
  }
}
