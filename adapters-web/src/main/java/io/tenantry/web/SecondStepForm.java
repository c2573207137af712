package io.tenantry.web;

import jakarta.ws.rs.BeanParam;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What both forms of the second sign-in step post: the sign-in they continue (an authorization
 * request, or the tenant and the page to return to), the code typed, the {@link PageForm} fields
 * and the cookie holding the pending MFA token.
 */
public class SecondStepForm {
  @BeanParam AuthorizeForm authorize;

  @RestForm String tenant;

  @RestForm(SignInTarget.FIELD)
  String next;

  @RestForm String code;

  @BeanParam PageForm page;

  @RestCookie(SecondFactorView.COOKIE)
  String mfaToken;
}
