package io.tenantry.web;

import jakarta.ws.rs.BeanParam;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What both forms behind a mailed link that set a password post: the link's token, the new password
 * typed twice, and the {@link PageForm} fields.
 */
public class NewPasswordForm {
  @RestForm String token;

  @RestForm String password;

  @RestForm("password_again")
  String passwordAgain;

  @BeanParam PageForm page;

  /** {@code errors} with the new password and its repetition flagged when blank or different. */
  FormErrors errors(FormErrors errors) {
    return errors
        .required("password", password)
        .required("password_again", passwordAgain)
        .sameAs("password_again", passwordAgain, password);
  }

  String csrfCookie() {
    return page.csrfCookie();
  }
}
