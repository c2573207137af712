package io.tenantry.web;

import java.util.Map;

/**
 * Where the hosted sign-in sends the browser afterwards: {@code /account}, or the console when the
 * sign-in was asked for by it. Only these fixed paths, so the parameter is never an open redirect.
 */
public final class SignInTarget {
  public static final String FIELD = "next";
  public static final String CONSOLE = "/console";
  private static final String ACCOUNT = "/account";

  private SignInTarget() {}

  /** The page to go to once signed in. */
  public static String after(String next) {
    return CONSOLE.equals(next) ? CONSOLE : ACCOUNT;
  }

  /** The hidden field that carries a known target through the form, none otherwise. */
  public static Map<String, String> hidden(String next) {
    return CONSOLE.equals(next) ? Map.of(FIELD, CONSOLE) : Map.of();
  }
}
