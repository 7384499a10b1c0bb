package io.llmbench.gatling;

import io.llmbench.backend.Backend;
import io.llmbench.backend.RequestOptions;
import java.time.Duration;
import java.util.Map;

/**
 * Where and how every request of a run is sent.
 *
 * @param headers auth and user headers; may hold secrets, so {@link #toString()} never shows their values
 * @param connection a new connection per request, or one shared keep-alive pool
 * @param tls how an https server's certificate is checked, by the requests and the auxiliary queries alike
 */
record LlmTarget(
    Backend backend,
    String baseUrl,
    RequestOptions options,
    Map<String, String> headers,
    Duration headerTimeout,
    Duration streamIdleTimeout,
    Duration requestTimeout,
    TlsTrust tls,
    ConnectionMode connection) {
  LlmTarget {
    headers = Map.copyOf(headers);
  }

  String requestUrl() {
    return baseUrl + backend.path();
  }

  @Override
  public String toString() {
    return "LlmTarget[" + backend.name() + " " + requestUrl() + ", headers=" + headers.keySet() + "]";
  }
}
