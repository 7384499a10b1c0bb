package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockRequestLog;
import io.llmbench.mock.MockServer;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connection}: per-request opens a connection for every request, as bench_serving; keep-alive sends most of
 * them on connections already open. The mock's own connection log is the judge, and our per-request record of
 * "reused" must agree with it request by request.
 */
class ConnectionModeTest {
  private static final int REQUESTS = 48;
  private static final int CONCURRENCY = 4;

  @Test
  void perRequestOpensOneConnectionPerRequest(@TempDir Path dir) throws Exception {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(2))) {
      GatlingRun run = run(dir, mock, "per-request");
      MockTruth truth = MockTruth.of(mock);
      assertEquals(REQUESTS + CONCURRENCY, truth.generations().size());
      assertEquals(truth.generations().size(), truth.generations().stream().mapToLong(MockRequestLog::connection)
          .distinct().count(), "a connection of its own for every request");
      List<RequestRecord> records = RequestLog.read(run.folder().requestLog());
      assertTrue(records.stream().noneMatch(RequestRecord::reusedConnection));
      JsonNode line = EndToEndTest.sglangLine(run);
      assertEquals(REQUESTS, line.get("connections_opened").asInt());
      assertEquals(0, line.get("connections_reused").asInt());
      assertEquals(0, line.get("resent_requests").asInt());
      assertSlotRefillMeasured(line, records);
    }
  }

  @Test
  void keepAliveSendsMostRequestsOnConnectionsAlreadyOpen(@TempDir Path dir) throws Exception {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(2))) {
      GatlingRun run = run(dir, mock, "keep-alive");
      MockTruth truth = MockTruth.of(mock);
      long connections = truth.generations().stream().mapToLong(MockRequestLog::connection).distinct().count();
      // each of Gatling's event loops keeps its own pool, so up to a slot's worth per loop: still far fewer
      assertTrue(connections < truth.generations().size() / 2, connections + " connections for "
          + truth.generations().size() + " requests");
      List<RequestRecord> records = RequestLog.read(run.folder().requestLog());
      for (RequestRecord r : records) {
        MockRequestLog seen = truth.byRequestId().get((r.warmup() ? "warmup-" : "measured-") + r.index());
        assertEquals(seen.reused(), r.reusedConnection(), "request " + r.index() + " (warm-up " + r.warmup() + ")");
        assertTrue(r.success(), r.response().error());
      }
      JsonNode line = EndToEndTest.sglangLine(run);
      assertEquals(REQUESTS, line.get("connections_opened").asInt() + line.get("connections_reused").asInt());
      assertTrue(line.get("connections_reused").asInt() >= REQUESTS - connections, line.toString());
      assertSlotRefillMeasured(line, records);
    }
  }

  @Test
  void vllmModePoolsItsConnectionsAndSglangModeDoesNot(@TempDir Path dir) throws Exception {
    for (String mode : List.of("vllm", "sglang")) {
      try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(2))) {
        GatlingRun run = GatlingRun.run(E2eSimulation.class, dir.resolve(mode), GatlingRun.options(
            "compat", mode, "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2", "num-prompts", REQUESTS,
            "random-input-len", 16, "random-output-len", 8, "request-rate", "inf", "max-concurrency", CONCURRENCY));
        assertEquals(0, run.exitCode());
        MockTruth truth = MockTruth.of(mock);
        long connections = truth.generations().stream().mapToLong(MockRequestLog::connection).distinct().count();
        if (mode.equals("vllm")) {
          assertTrue(connections < truth.generations().size() / 2, connections + " connections for "
              + truth.generations().size() + " requests");
        } else {
          assertEquals(truth.generations().size(), connections, "bench_serving's connection per request");
        }
      }
    }
  }

  private static GatlingRun run(Path dir, MockServer mock, String connection) throws Exception {
    return GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
        "backend", "sglang-oai-chat", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2",
        "num-prompts", REQUESTS, "random-input-len", 16, "random-output-len", 8, "random-range-ratio", 1.0,
        "request-rate", "inf", "max-concurrency", CONCURRENCY, "warmup-requests", CONCURRENCY,
        "connection", connection));
  }

  /** A burst at a cap of 4: all but the first 4 waited for a slot, and each was told which stream freed it. */
  private static void assertSlotRefillMeasured(JsonNode line, List<RequestRecord> records) {
    List<RequestRecord> measured = records.stream().filter(r -> !r.warmup()).toList();
    long refilled = measured.stream().filter(r -> r.slotFreedNanos() != 0).count();
    assertTrue(refilled >= REQUESTS - CONCURRENCY, refilled + " requests refilled a slot");
    for (RequestRecord r : measured) {
      if (r.slotFreedNanos() != 0) {
        assertTrue(r.slotFreedNanos() <= r.readyNanos() && r.readyNanos() <= r.startNanos(),
            "freed, then ready, then sent: request " + r.index());
      }
    }
    assertFalse(line.get("median_slot_refill_ms").isNull());
    assertTrue(line.get("median_slot_refill_ms").asDouble() >= 0);
  }
}
