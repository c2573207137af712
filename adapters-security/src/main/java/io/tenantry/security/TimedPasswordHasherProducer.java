package io.tenantry.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.tenantry.application.auth.PasswordHasher;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;

/**
 * Replaces the wired {@link PasswordHasher} with a timed wrapper around it. CDI decorators do not
 * apply to producer-method beans, so the wrapper is an alternative that looks the original up.
 */
@Singleton
public class TimedPasswordHasherProducer {

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  PasswordHasher timedPasswordHasher(BeanManager beans, MeterRegistry registry) {
    Bean<?> wired =
        beans.getBeans(PasswordHasher.class).stream()
            .filter(bean -> !bean.getBeanClass().equals(TimedPasswordHasherProducer.class))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No PasswordHasher is wired"));
    PasswordHasher delegate =
        (PasswordHasher)
            beans.getReference(wired, PasswordHasher.class, beans.createCreationalContext(wired));
    return new TimedPasswordHasher(delegate, registry);
  }
}
