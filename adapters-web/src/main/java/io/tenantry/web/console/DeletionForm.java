package io.tenantry.web.console;

import io.tenantry.web.PageForm;
import jakarta.ws.rs.BeanParam;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What a console deletion form posts: the {@link PageForm} fields and the box ticked to mean it.
 */
public class DeletionForm {
  @BeanParam PageForm page;

  @RestForm boolean confirm;

  /** The CSRF cookie as presented, or null. */
  String csrfCookie() {
    return page.csrfCookie();
  }
}
