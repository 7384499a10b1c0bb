package io.llmbench.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads that turn every typesafe error into a message naming the key and what is allowed. */
record Reader(Config c) {
  private static final ObjectMapper JSON = new ObjectMapper();

  String string(String key) {
    try {
      return c.getString(key);
    } catch (ConfigException e) {
      throw new ConfigError(key, raw(key), "expected a string");
    }
  }

  String optionalString(String key) {
    if (c.getIsNull(key)) {
      return null;
    }
    String s = string(key).trim();
    return s.isEmpty() || s.equals("null") ? null : s;
  }

  String oneOf(String key, String... allowed) {
    String s = string(key);
    if (!List.of(allowed).contains(s)) {
      throw new ConfigError(key, s, "expected one of " + String.join(", ", allowed));
    }
    return s;
  }

  boolean bool(String key) {
    Object v = raw(key);
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s && (s.equals("true") || s.equals("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw new ConfigError(key, v, "expected true or false");
  }

  int integer(String key, int min, int max) {
    long v = longValue(key);
    if (v < min || v > max) {
      throw new ConfigError(key, v, "expected an integer from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max));
    }
    return (int) v;
  }

  Integer optionalInt(String key, int min, int max) {
    return c.getIsNull(key) || "null".equals(raw(key)) ? null : integer(key, min, max);
  }

  long longValue(String key) {
    Object v = raw(key);
    try {
      return c.getLong(key);
    } catch (ConfigException e) {
      throw new ConfigError(key, v, "expected an integer");
    }
  }

  double decimal(String key, double min, double max) {
    return decimal(key, key, min, max);
  }

  double decimal(String path, String key, double min, double max) {
    Object v = c.getValue(path).unwrapped();
    double d;
    try {
      d = c.getDouble(path);
    } catch (ConfigException e) {
      throw new ConfigError(key, v, range(min, max));
    }
    if (!(d >= min && d <= max)) {
      throw new ConfigError(key, v, range(min, max));
    }
    return d;
  }

  /** "a number > 0" where the bound is the smallest positive double, rather than 4.9E-324. */
  private static String range(double min, double max) {
    String from = min == Double.MIN_VALUE ? "> 0" : "from " + min;
    return "expected a number " + from + (max == Double.MAX_VALUE ? (min == Double.MIN_VALUE ? "" : " up")
        : (min == Double.MIN_VALUE ? " and <= " : " to ") + max);
  }

  /** A list of strings; a single string (e.g. from -D) is a list of one. */
  List<String> strings(String key) {
    ConfigValue v = c.getValue(key);
    if (v.valueType() == ConfigValueType.STRING) {
      String s = ((String) v.unwrapped()).trim();
      return s.isEmpty() ? List.of() : List.of(s.split(","));
    }
    try {
      return List.copyOf(c.getStringList(key));
    } catch (ConfigException e) {
      throw new ConfigError(key, v.unwrapped(), "expected a list of strings, or one comma-separated string");
    }
  }

  List<Integer> optionalInts(String key) {
    if (c.getIsNull(key) || "null".equals(raw(key))) {
      return null;
    }
    try {
      return strings(key).stream().map(String::trim).map(Integer::valueOf).toList();
    } catch (NumberFormatException e) {
      throw new ConfigError(key, raw(key), "expected a list of token ids");
    }
  }

  Long optionalLong(String key) {
    if (c.getIsNull(key) || "null".equals(raw(key))) {
      return null;
    }
    long v = longValue(key);
    if (v < 0) {
      throw new ConfigError(key, v, "expected a non-negative number of milliseconds");
    }
    return v;
  }

  Double optionalDecimal(String key) {
    return c.getIsNull(key) || "null".equals(raw(key)) ? null : decimal(key, Double.MIN_VALUE, Double.MAX_VALUE);
  }

  double rate(String key) {
    Object v = raw(key);
    String s = String.valueOf(v).trim();
    if (s.equalsIgnoreCase("inf") || s.equalsIgnoreCase("infinity")) {
      return Double.POSITIVE_INFINITY;
    }
    try {
      double d = Double.parseDouble(s);
      if (d > 0 && !Double.isNaN(d)) {
        return d;
      }
    } catch (NumberFormatException ignored) {
      // reported below with the allowed values
    }
    throw new ConfigError(key, v, "expected a positive number of requests per second, or inf for one burst");
  }

  Duration duration(String key) {
    Duration d = nonNegativeDuration(key);
    if (d.isZero()) {
      throw new ConfigError(key, raw(key), "expected a positive duration such as 30s or 500ms");
    }
    return d;
  }

  Duration nonNegativeDuration(String key) {
    Duration d;
    try {
      d = c.getDuration(key);
    } catch (ConfigException e) {
      throw new ConfigError(key, raw(key), "expected a duration such as 30s or 500ms");
    }
    if (d.isNegative()) {
      throw new ConfigError(key, raw(key), "expected a duration >= 0 such as 0s or 500ms");
    }
    return d;
  }

  /** A HOCON object, or a JSON object in a string (values from -D arrive as strings: typed back here). */
  Map<String, Object> jsonObject(String key) {
    ConfigValue value = c.getValue(key);
    if (value.valueType() == ConfigValueType.STRING) {
      try {
        return JSON.readValue((String) value.unwrapped(), new TypeReference<LinkedHashMap<String, Object>>() {});
      } catch (Exception e) {
        throw new ConfigError(key, value.unwrapped(), "expected a JSON object such as {\"top_p\": 0.9}, or HOCON -Dllmbench."
            + key + ".top_p=0.9");
      }
    }
    if (value.valueType() != ConfigValueType.OBJECT) {
      throw new ConfigError(key, value.unwrapped(), "expected an object");
    }
    return typed((ConfigObject) value);
  }

  private static Map<String, Object> typed(ConfigObject object) {
    Map<String, Object> out = new LinkedHashMap<>();
    object.forEach((k, v) -> out.put(k, typed(v)));
    return out;
  }

  private static Object typed(ConfigValue v) {
    return switch (v.valueType()) {
      case OBJECT -> typed((ConfigObject) v);
      case LIST -> {
        List<Object> list = new ArrayList<>();
        ((com.typesafe.config.ConfigList) v).forEach(e -> list.add(typed(e)));
        yield list;
      }
      case STRING -> fromSystemProperty(v) ? scalar((String) v.unwrapped()) : v.unwrapped();
      default -> v.unwrapped();
    };
  }

  private static boolean fromSystemProperty(ConfigValue v) {
    return v.origin().description().contains("system propert");
  }

  /** {@code -Dllmbench.extra-request-body.top_p=0.9} must send 0.9, not "0.9". */
  private static Object scalar(String s) {
    try {
      Object parsed = JSON.readValue(s, Object.class);
      return parsed instanceof Number || parsed instanceof Boolean ? parsed : s;
    } catch (Exception e) {
      return s;
    }
  }

  Object raw(String key) {
    return c.getIsNull(key) ? null : c.getValue(key).unwrapped();
  }
}
