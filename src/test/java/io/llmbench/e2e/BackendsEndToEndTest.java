package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.backend.Backends;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockRequestLog;
import io.llmbench.mock.MockServer;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every backend, end to end: a short Gatling run against the mock, checked against the mock's own send log. */
class BackendsEndToEndTest {
  private static final int PROMPTS = 8;
  private static final int OUTPUT_LEN = 12;
  /** As bench_serving: these never read a server count, their output length is the requested one. */
  private static final Set<String> REQUESTED_LENGTH = Set.of("trt", "truss");
  @TempDir Path dir;

  /** As in {@link EndToEndTest}: JIT compilation must be over before timing is compared with the truth. */
  @BeforeAll
  static void warmTheJvm(@TempDir Path warmDir) {
    EndToEndTest.warmTheJvm(warmDir);
  }

  static List<String> backends() {
    return Backends.names();
  }

  @ParameterizedTest
  @MethodSource("backends")
  void eachBackendMatchesTheMockTruth(String backend) throws IOException {
    boolean embedding = Backends.forName(backend).isEmbedding();
    try (MockServer mock = startMock()) {
      Measured m = run(mock, "backend", backend);
      for (RequestRecord r : m.records()) {
        MockRequestLog t = m.truth().measured(r.index());
        assertEquals(embedding ? 0 : OUTPUT_LEN, t.completionTokens(), "tokens the mock sent");
        assertEquals(t.completionTokens(), r.response().outputLen(), "output tokens of request " + r.index());
        assertEquals(!embedding && !REQUESTED_LENGTH.contains(backend), r.response().outputLenFromServer(),
            "the output length is the server's count");
      }
      m.truth().assertClientStampsFollowWrites(m.records());
      if (embedding) {
        // nothing generated: TTFT 0 and no ITL, as the reference; the answer's arrival is the E2E latency
        assertEquals(0.0, m.line().get("median_ttft_ms").asDouble());
        assertEquals(0.0, m.line().get("median_itl_ms").asDouble());
        MockTruth.assertTrails(m.truthFirstChunkMs(), m.line().get("median_e2e_latency_ms").asDouble(), "median E2E");
      } else {
        MockTruth.assertTrails(m.truthFirstChunkMs(), m.line().get("median_ttft_ms").asDouble(), "median TTFT");
        assertEquals(m.truthMedianGapMs(), m.line().get("median_itl_ms").asDouble(), MockTruth.MEDIAN_GAP_TOLERANCE_MS,
            "median ITL vs the mock's send log");
      }

      String summary = Files.readString(m.run().folder().summary());
      assertTrue(summary.contains(String.format("%-40s %s", "Backend:", backend)), summary);
      for (String generationLine : List.of("Total generated tokens:", "Time to First Token")) {
        assertEquals(!embedding, summary.contains(generationLine), generationLine + " in\n" + summary);
      }
    }
  }

  @Test
  void disabledStreamingMakesTtftTheWholeAnswer() throws IOException {
    try (MockServer mock = startMock()) {
      Measured m = run(mock, "backend", "vllm-chat", "disable-stream", true);
      for (RequestRecord r : m.records()) {
        assertFalse(m.truth().measured(r.index()).stream());
        assertEquals(r.e2eMillis(), r.ttftMillis(), 1e-9, "one body: TTFT = E2E");
        assertTrue(r.response().itlNanos().isEmpty());
      }
      assertEquals(0.0, m.line().get("median_itl_ms").asDouble());
      m.truth().assertClientStampsFollowWrites(m.records());
      MockTruth.assertTrails(m.truthFirstChunkMs(), m.line().get("median_ttft_ms").asDouble(), "median TTFT");
    }
  }

  @Test
  void distinctLoraAdaptersAlternateInTheRequestBodies() throws IOException {
    List<String> adapters = List.of("adapter-a", "adapter-b");
    try (MockServer mock = startMock()) {
      Measured m = run(mock, "backend", "sglang", "lora-name", String.join(",", adapters),
          "lora-request-distribution", "distinct");
      for (RequestRecord r : m.records()) {
        assertEquals(adapters.get(r.index() % 2), loraPath(m.truth().measured(r.index())), "request " + r.index());
      }
      assertEquals(adapters.get(0), loraPath(m.truth().byRequestId().get("warmup-0")), "warm-up: the first adapter");
    }
  }

  private static String loraPath(MockRequestLog request) throws IOException {
    return EndToEndTest.JSON.readTree(request.body()).get("lora_path").asText();
  }

  private static MockServer startMock() {
    return MockServer.start(MockConfig.defaults().withTtftMs(20).withGapMs(4));
  }

  /**
   * A run of {@value #PROMPTS} prompts with the given options, checked as every run is: Gatling's exit code 0, the
   * mock saw exactly the warm-up and the measured requests (none twice), and all of them succeeded. Requests are
   * sent every 30 ms so that one request's first chunk or whole body seldom coincides with another's.
   */
  private Measured run(MockServer mock, Object... options) throws IOException {
    Map<String, Object> all = GatlingRun.options(
        "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2", "num-prompts", PROMPTS,
        "random-input-len", 16, "random-output-len", OUTPUT_LEN, "random-range-ratio", 1.0,
        "arrival-profile", "constant", "request-rate", 33, "warmup-requests", 1);
    all.putAll(GatlingRun.options(options));
    GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, all);
    assertEquals(0, run.exitCode());
    MockTruth truth = MockTruth.of(mock);
    assertEquals(1 + PROMPTS, truth.generations().size(), "warm-up + measured requests the mock saw");
    List<RequestRecord> records =
        RequestLog.read(run.folder().requestLog()).stream().filter(r -> !r.warmup()).toList();
    assertEquals(PROMPTS, records.size());
    for (RequestRecord r : records) assertTrue(r.success(), r.response().error());
    JsonNode line = EndToEndTest.sglangLine(run);
    assertEquals(PROMPTS, line.get("completed").asInt());
    return new Measured(run, truth, records, line);
  }

  /** One run's client records, SGLang line and the mock's truth. */
  private record Measured(GatlingRun run, MockTruth truth, List<RequestRecord> records, JsonNode line) {
    /** Median over requests of the client's send to the mock's write of the first content chunk (or whole body). */
    double truthFirstChunkMs() {
      return MockTruth.median(records.stream()
          .mapToDouble(r -> (truth.measured(r.index()).firstContentNanos() - r.startNanos()) / 1e6).toArray());
    }

    /** Median of the mock's gaps between content chunks, over all measured requests. */
    double truthMedianGapMs() {
      return MockTruth.median(records.stream()
          .flatMapToDouble(r -> DoubleStream.of(MockTruth.gapsMillis(truth.measured(r.index())))).toArray());
    }
  }
}
