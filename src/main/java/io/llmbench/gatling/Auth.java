package io.llmbench.gatling;

import java.util.Map;

/** bench_serving's authentication (§2.6): {@code OPENAI_API_KEY} as a Bearer token, else {@code API_KEY} raw. */
final class Auth {
  private Auth() {}

  static Map<String, String> headers(Map<String, String> env) {
    String openAi = env.get("OPENAI_API_KEY");
    if (openAi != null && !openAi.isEmpty()) {
      return Map.of("Authorization", "Bearer " + openAi);
    }
    String raw = env.get("API_KEY");
    return raw != null && !raw.isEmpty() ? Map.of("Authorization", raw) : Map.of();
  }
}
