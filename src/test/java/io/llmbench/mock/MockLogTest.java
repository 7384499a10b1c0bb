package io.llmbench.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The truth log: secrets redacted, in memory and as a JSONL file. */
class MockLogTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void secretsAreRedactedInMemoryAndOnDisk(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("logs/mock.jsonl");
    String body = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":3,\"stream\":true,"
        + "\"stream_options\":{\"include_usage\":true}}";
    try (MockServer server = MockServer.start(MockConfig.defaults().withTtftMs(1).withGapMs(1).withLogFile(file))) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/chat/completions"))
          .timeout(Duration.ofSeconds(10))
          .header("Authorization", "Bearer sk-very-secret")
          .header("X-Api-Key", "key-very-secret")
          .header("X-Trace", "visible")
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
      assertEquals(200, client.send(req, HttpResponse.BodyHandlers.ofString()).statusCode());
      assertEquals(200, client.send(req, HttpResponse.BodyHandlers.ofString()).statusCode());

      List<MockRequestLog> log = server.log();
      assertEquals(2, log.size());
      MockRequestLog e = log.get(0);
      assertEquals(Trace.REDACTED, e.headers().get("Authorization"));
      assertEquals(Trace.REDACTED, e.headers().get("X-Api-Key"));
      assertEquals("visible", e.headers().get("X-Trace"));
      assertFalse(e.toString().contains("very-secret"));
      assertEquals(body, e.body());
      assertEquals("POST", e.method());
      assertEquals("/v1/chat/completions", e.path());
      assertTrue(e.stream());
      assertTrue(e.usageNanos() >= e.finishNanos() && e.doneNanos() >= e.usageNanos());
      assertTrue(log.get(1).reused(), "the JDK client keeps the connection");
    }
    // close() drained the writer: every entry is on disk, nothing secret is.
    String text = Files.readString(file);
    assertFalse(text.contains("very-secret"));
    List<String> lines = Files.readAllLines(file);
    assertEquals(2, lines.size());
    JsonNode first = MAPPER.readTree(lines.get(0));
    assertEquals(1, first.get("seq").asInt());
    assertEquals(3, first.get("send_ns").size());
    assertEquals(3, first.get("target_ns").size());
    assertEquals(3, first.get("completion_tokens").asInt());
    assertTrue(first.get("recv_ns").asLong() > 0 && first.get("role_ns").asLong() > first.get("recv_ns").asLong());
    assertEquals("REDACTED", first.at("/headers/Authorization").asText());
    assertEquals("complete", first.get("outcome").asText());
    assertEquals("none", first.get("fault").asText());
    assertEquals(200, first.get("status").asInt());
    assertTrue(MAPPER.readTree(lines.get(1)).get("reused").asBoolean());
  }

  @Test
  void jsonlIsFlushedAsRequestsEndNotOnlyAtClose(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mock.jsonl");
    try (MockServer server = MockServer.start(MockConfig.defaults().withLogFile(file));
        RawHttp http = new RawHttp(server.port(), 2000)) {
      http.send(RawHttp.get("/health"));
      assertEquals(200, http.read().status());
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (System.nanoTime() < deadline && (!Files.exists(file) || Files.size(file) == 0)) Thread.sleep(10);
      List<String> lines = Files.readAllLines(file);
      assertEquals(1, lines.size());
      assertEquals("/health", MAPPER.readTree(lines.get(0)).get("path").asText());
    }
  }

  @Test
  void redactionCoversSecretHeaderNames() {
    var headers = Trace.redact(List.of(
        java.util.Map.entry("authorization", "Bearer a"),
        java.util.Map.entry("Proxy-Authorization", "b"),
        java.util.Map.entry("api-key", "c"),
        java.util.Map.entry("X-Goog-Api-Key", "d"),
        java.util.Map.entry("Accept", "text/event-stream"),
        java.util.Map.entry("Accept", "application/json")));
    assertEquals(Trace.REDACTED, headers.get("authorization"));
    assertEquals(Trace.REDACTED, headers.get("Proxy-Authorization"));
    assertEquals(Trace.REDACTED, headers.get("api-key"));
    assertEquals(Trace.REDACTED, headers.get("X-Goog-Api-Key"));
    assertEquals("text/event-stream, application/json", headers.get("Accept"), "repeats are joined");
  }

  @Test
  void keepLogOffKeepsOnlyInFlightEntries() throws Exception {
    try (MockServer server = MockServer.start(MockConfig.defaults().withKeepLog(false));
        RawHttp http = new RawHttp(server.port(), 2000)) {
      http.send(RawHttp.get("/health"));
      assertEquals(200, http.read().status());
      assertTrue(server.log().isEmpty());
    }
  }
}
