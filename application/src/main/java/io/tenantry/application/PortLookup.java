package io.tenantry.application;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Builds {@link Ports} by asking for one implementation per port type, so that the list of ports is
 * written once (the record) and neither the container's wiring nor the tests' app repeats it.
 */
public final class PortLookup {
  private PortLookup() {}

  /** The ports, each taken from {@code implementations} by its type; none may be missing. */
  public static Ports ports(Function<Class<?>, Object> implementations) {
    Class<?>[] types =
        Arrays.stream(Ports.class.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    Object[] values = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      values[i] = implementations.apply(types[i]);
      if (!types[i].isInstance(values[i])) {
        throw new IllegalStateException("no implementation of the port " + types[i].getName());
      }
    }
    try {
      return Ports.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build the ports", e);
    }
  }
}
