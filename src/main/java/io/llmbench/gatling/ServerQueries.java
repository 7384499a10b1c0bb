package io.llmbench.gatling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The auxiliary calls bench_serving makes around a run: model discovery and server info. */
final class ServerQueries {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();

  private ServerQueries() {}

  /** The first id of {@code GET /v1/models}, as the reference does when no model is given. */
  static String firstModel(String baseUrl, Map<String, String> headers) {
    String url = baseUrl + "/v1/models";
    try {
      HttpResponse<String> response = get(url, headers);
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode());
      }
      JsonNode data = JSON.readTree(response.body()).path("data");
      if (!data.isArray() || data.isEmpty() || !data.get(0).hasNonNull("id")) {
        throw new IllegalStateException("no model listed");
      }
      return data.get(0).get("id").asText();
    } catch (Exception e) {
      throw new IllegalArgumentException("llmbench.model is not set and GET " + url + " gave no model ("
          + e.getMessage() + "): set -Dllmbench.model=<name>", e);
    }
  }

  /** {@code GET /server_info} as JSON, or null when the server has none (the reference stores null then). */
  static JsonNode serverInfo(LlmTarget target) {
    try {
      HttpResponse<String> response = get(target.baseUrl() + "/server_info", target.headers());
      return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static HttpResponse<String> get(String url, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET();
    headers.forEach(request::header);
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
