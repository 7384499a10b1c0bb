package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.mock.Fault;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockRequestLog.Outcome;
import io.llmbench.mock.MockServer;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a server can fail gives one failed request with its reason, never a second POST, and the run ends. */
class FaultTest {

  @Test
  void eachFaultIsOneFailedRequestWithItsReason(@TempDir Path dir) throws Exception {
    MockConfig config = MockConfig.defaults().withTtftMs(5).withGapMs(2)
        .withFaultAt(2, Fault.parse("500"))
        .withFaultAt(3, Fault.parse("429"))
        .withFaultAt(4, Fault.parse("disconnect:3"))
        .withFaultAt(5, Fault.parse("hang"))
        .withFaultAt(6, Fault.parse("error:2"))
        .withFaultAt(7, Fault.parse("nodone"));
    try (MockServer mock = MockServer.start(config)) {
      long started = System.nanoTime();
      // one request at a time, so the n-th request the mock sees is measured request n-1
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang-oai-chat", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2",
          "num-prompts", 8, "random-input-len", 16, "random-output-len", 8, "random-range-ratio", 1.0,
          "max-concurrency", 1, "warmup-requests", 0, "header-timeout", "2s", "output-details", true));
      double seconds = (System.nanoTime() - started) / 1e9;

      assertEquals(0, run.exitCode());
      assertTrue(seconds < 30, "the run ended by itself, in " + seconds + " s");
      // the mock saw exactly 8 generation requests, none of them twice (MockTruth throws on a duplicate id),
      // and nothing more arrived after the run: no silent retry of the disconnected or hung requests
      Thread.sleep(3_500);
      assertEquals(8, MockTruth.of(mock).generations().size());
      assertEquals(1, MockTruth.of(mock).generations().stream().filter(l -> l.fault().equals("429")).count(),
          "the 429 was not retried after its Retry-After");

      List<RequestRecord> records = RequestLog.read(run.folder().requestLog());
      assertEquals(8, records.size());
      assertReason(records.get(0), true, "");
      assertReason(records.get(1), false, "HTTP 500 Internal Server Error: {\"error\"");
      // the 429's Retry-After is named, not obeyed: the mock saw it once (the 8 generations above)
      assertReason(records.get(2), false, "HTTP 429 Too Many Requests (Retry-After: " + Fault.RETRY_AFTER_SECONDS
          + "): {\"error\"");
      assertReason(records.get(3), false, "connection closed by the server mid-stream");
      assertReason(records.get(4), false, "no response headers within 2000 ms");
      assertReason(records.get(5), false, "server error in response: mock fault");
      assertReason(records.get(6), false, "stream ended before [DONE]");
      assertReason(records.get(7), true, "");
      assertEquals(500, records.get(1).status());
      assertEquals(429, records.get(2).status());
      assertEquals(3, records.get(3).response().contentChunkNanos().size(), "chunks before the disconnect are kept");

      JsonNode line = EndToEndTest.sglangLine(run);
      assertEquals(2, line.get("completed").asInt());
      assertEquals(6, line.get("failed").asInt());
      assertEquals(8, line.get("errors").size());
      assertFalse(line.get("errors").get(1).asText().isEmpty());
    }
  }

  @Test
  void aStreamThatStallsIsCutAfterTheIdleTimeoutAndTheOthersRunOn(@TempDir Path dir) throws Exception {
    // streams of 30 chunks 60 ms apart outlast the 500 ms idle timeout many times over: silence is what counts
    MockConfig config = MockConfig.defaults().withTtftMs(20).withGapMs(60).withFaultAt(2, Fault.parse("stall:3"));
    try (MockServer mock = MockServer.start(config)) {
      long started = System.nanoTime();
      // 3 in flight: the stalled stream's neighbours run while it is silent
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang-oai-chat", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2",
          "num-prompts", 9, "random-input-len", 16, "random-output-len", 30, "random-range-ratio", 1.0,
          "max-concurrency", 3, "warmup-requests", 0, "stream-idle-timeout", "500ms"));
      double seconds = (System.nanoTime() - started) / 1e9;

      assertEquals(0, run.exitCode());
      assertTrue(seconds < 30, "the run ended by itself, in " + seconds + " s");
      List<RequestRecord> records = RequestLog.read(run.folder().requestLog());
      assertEquals(9, records.size());
      RequestRecord stalled = records.stream().filter(r -> !r.success()).findFirst().orElseThrow();
      assertEquals(1, records.stream().filter(r -> !r.success()).count(), "only the stalled request failed");
      assertReason(stalled, false, "no data for 500 ms after ");
      assertTrue(stalled.response().error().endsWith("(stream-idle-timeout)"), stalled.response().error());
      assertEquals(3, stalled.response().contentChunkNanos().size(), "chunks before the stall are kept");
      // cut after 0.5 s of silence, not at once and not much later
      double silentMs = (stalled.endNanos() - stalled.response().contentChunkNanos().get(2)) / 1e6;
      assertTrue(silentMs >= 500 && silentMs < 1500, "cut after " + silentMs + " ms of silence");
      // the client closed the stalled connection; every other stream was whole (30 tokens each)
      MockTruth truth = MockTruth.of(mock);
      for (int i = 0; i < 50 && truth.measured(stalled.index()).outcome() == Outcome.IN_FLIGHT; i++) {
        Thread.sleep(20); // the mock learns of the close on its own event loop
        truth = MockTruth.of(mock);
      }
      assertEquals(9, truth.generations().size(), "no retry");
      assertEquals(Outcome.PEER_CLOSED, truth.measured(stalled.index()).outcome());
      for (RequestRecord r : records) {
        if (r != stalled) {
          assertEquals(30, r.response().contentChunkNanos().size(), "request " + r.index());
        }
      }
    }
  }

  private static void assertReason(RequestRecord r, boolean success, String reasonStart) {
    assertEquals(success, r.success(), "request " + r.index() + ": " + r.response().error());
    assertTrue(r.response().error().startsWith(reasonStart),
        "request " + r.index() + " reason '" + r.response().error() + "' should start with '" + reasonStart + "'");
  }

  @Test
  void aRunWhoseWarmupAllFailedStopsBeforeMeasuring(@TempDir Path dir) throws Exception {
    MockConfig config = MockConfig.defaults().withTtftMs(5).withGapMs(2)
        .withFaultAt(1, Fault.parse("500"))
        .withFaultAt(2, Fault.parse("500"));
    try (MockServer mock = MockServer.start(config)) {
      // Gatling crashes the run (mvn gatling:test exits non-zero) with bench_serving's message
      Exception crash = assertThrows(Exception.class, () -> GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "vllm", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2", "num-prompts", 5,
          "random-input-len", 16, "random-output-len", 8, "warmup-requests", 2)));
      assertTrue(crash.getMessage().contains("Warmup failed - Please make sure benchmark arguments are correctly "
          + "specified. Error: HTTP 500 Internal Server Error"), crash.getMessage());
      assertEquals(2, MockTruth.of(mock).generations().size(), "no measured request was sent");
    }
  }
}
