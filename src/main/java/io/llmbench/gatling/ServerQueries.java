package io.llmbench.gatling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import io.llmbench.backend.Backend;
import io.llmbench.config.Profiling;
import io.llmbench.report.Console;
import io.llmbench.python.PythonFormat;
import io.llmbench.python.PythonJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** The auxiliary calls bench_serving makes around a run: model discovery and server info. */
final class ServerQueries {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private ServerQueries() {}

  /** The first id of {@code GET /v1/models}, as the reference does when no model is given. */
  static String firstModel(String baseUrl, Map<String, String> headers, TlsTrust tls) {
    String url = baseUrl + "/v1/models";
    try {
      HttpResponse<String> response = get(tls, url, headers);
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode());
      }
      JsonNode data = JSON.readTree(response.body()).path("data");
      if (!data.isArray() || data.isEmpty() || !data.get(0).hasNonNull("id")) {
        throw new IllegalStateException("no model listed");
      }
      return data.get(0).get("id").asText();
    } catch (Exception e) {
      refuseUntrusted(baseUrl, e);
      throw new IllegalArgumentException("llmbench.model is not set and GET " + url + " gave no model ("
          + e.getMessage() + "): set -Dllmbench.model=<name>", e);
    }
  }

  /**
   * Polls until the server answers 200, once a second, each try bounded by 5 s: the backend's readiness paths in
   * order (its health endpoint, then bench_serving's §3.2 probe), moving on when a server answers 404 (it has no
   * such endpoint) or 405. A refused TLS certificate ends the wait at once: it will not change by waiting.
   */
  static void awaitReady(Backend backend, String baseUrl, Map<String, String> headers, TlsTrust tls, int timeoutSec) {
    java.util.Iterator<String> paths = backend.readinessPaths().iterator();
    String url = baseUrl + paths.next();
    Console.line(String.format("Waiting up to %ds for the server at %s to be ready...", timeoutSec, baseUrl));
    long start = System.nanoTime();
    long deadline = start + timeoutSec * 1_000_000_000L;
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = get(tls, url, headers);
        if (response.statusCode() == 200) {
          Console.line(String.format("Server ready in %.1fs (%s).", (System.nanoTime() - start) / 1e9, url));
          return;
        }
        last = "HTTP " + response.statusCode() + " from " + url;
        if ((response.statusCode() == 404 || response.statusCode() == 405) && paths.hasNext()) {
          url = baseUrl + paths.next();
          continue;
        }
      } catch (Exception e) {
        refuseUntrusted(baseUrl, e);
        last = e.toString();
      }
      sleepOneSecond();
    }
    throw new IllegalStateException("llmbench.ready-check-timeout-sec = " + timeoutSec + ": the server at " + baseUrl
        + " was not ready in time (last: " + last + ")");
  }

  private static void refuseUntrusted(String baseUrl, Exception e) {
    String refused = TlsTrust.untrusted(baseUrl, e);
    if (refused != null) {
      throw new IllegalStateException(refused, e);
    }
  }

  /** bench_serving §6.4: vllm resets its prefix cache, sglang flushes with a timeout, others flush. */
  static void flushCache(LlmTarget target, double timeoutSec) {
    post(target, target.backend().cacheFlushPath(timeoutSec), "", target.headers(), "flush-cache");
  }

  /** bench_serving §6.7 (no auth header on profiler calls). */
  static void startProfile(LlmTarget target, Profiling p) {
    String base = p.outputDir() != null ? p.outputDir()
        : System.getenv().getOrDefault("SGLANG_TORCH_PROFILER_DIR", "/tmp");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("activities", p.activities());
    body.put("num_steps", p.byStage() && p.numSteps() == null ? Integer.valueOf(5) : p.numSteps());
    body.put("profile_by_stage", p.byStage());
    body.put("profile_stages", null);
    body.put("output_dir", base + "/" + PythonFormat.repr(System.currentTimeMillis() / 1000.0));
    body.put("profile_prefix", p.prefix());
    post(target, "/start_profile", PythonJson.dumps(body), Map.of(), "profile");
  }

  /** Not called when a step count was given: the server stops by itself then. */
  static void stopProfile(LlmTarget target) {
    post(target, "/stop_profile", "{}", Map.of(), "profile");
  }

  private static void post(LlmTarget target, String path, String body, Map<String, String> headers, String option) {
    String url = target.baseUrl() + path;
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = target.tls().queryClient().send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
      }
    } catch (Exception e) {
      throw new IllegalStateException("llmbench." + option + ": POST " + url + " failed: " + e.getMessage(), e);
    }
  }

  private static void sleepOneSecond() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the server", e);
    }
  }

  /** {@code GET /server_info} as JSON, or null when the server has none (the reference stores null then). */
  static JsonNode serverInfo(LlmTarget target) {
    try {
      HttpResponse<String> response = get(target.tls(), target.baseUrl() + "/server_info", target.headers());
      return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static HttpResponse<String> get(TlsTrust tls, String url, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET();
    headers.forEach(request::header);
    return tls.queryClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
