package io.llmbench.backend;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code header} option: extra HTTP headers for every benchmark request (spec §2.1). */
public final class CustomHeaders {
  private CustomHeaders() {}

  /**
   * The reference's {@code parse_custom_headers}: each {@code Key=Value} is split at its first {@code =}, nothing is
   * trimmed, a pair with an empty key or value (or no {@code =}) is dropped, and a repeated key takes the later
   * value at its first position (Python dict order).
   */
  public static Map<String, String> parse(List<String> pairs) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      if (!key.isEmpty() && !value.isEmpty()) {
        headers.put(key, value);
      }
    }
    return Collections.unmodifiableMap(headers);
  }
}
