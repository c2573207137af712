package io.tenantry.web;

import jakarta.ws.rs.BeanParam;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What every form of the pages posts besides its own fields: the CSRF field and the {@link
 * PageCookies} (the session cookie counts only where a signed-in browser posts); {@link
 * PageResponses#genuine} tells whether field and cookie agree.
 */
public class PageForm {
  @RestForm(CsrfTokens.FIELD)
  String csrf;

  @BeanParam PageCookies cookies;

  /** The CSRF cookie as presented, or null. */
  public String csrfCookie() {
    return cookies.csrfCookie();
  }

  /** The pages-session cookie as presented, or null. */
  public String session() {
    return cookies.session();
  }
}
