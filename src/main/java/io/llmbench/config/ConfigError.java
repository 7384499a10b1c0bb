package io.llmbench.config;

/** A bad option value, reported before any load starts: which key, what was given, what is allowed. */
public final class ConfigError extends IllegalArgumentException {
  public ConfigError(String key, Object value, String allowed) {
    super("llmbench." + key + " = " + render(value) + ": " + allowed);
  }

  private static String render(Object value) {
    return value instanceof String s ? '"' + s + '"' : String.valueOf(value);
  }
}
