package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockRequestLog;
import io.llmbench.mock.MockServer;
import io.llmbench.run.RequestLog;
import io.llmbench.run.PostProcessor;
import io.llmbench.run.RequestRecord;
import io.llmbench.run.RunManifest;
import io.llmbench.tokenizer.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole Gatling run against the mock, checked against the mock's own send log. */
class EndToEndTest {
  /** SGLang's line is Python's json.dumps: "Infinity" for an infinite rate. */
  static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  /**
   * The client and the mock share this JVM and two cores: a short throw-away run first, so that JIT compilation
   * (which takes most of the CPU in a JVM's first seconds) is over before anything is compared with the truth.
   */
  @BeforeAll
  static void warmTheJvm(@TempDir Path dir) {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(1).withGapMs(1))) {
      GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang-oai-chat", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2",
          "num-prompts", 400, "random-input-len", 32, "random-output-len", 64, "max-concurrency", 32));
    }
  }

  @Test
  void chatRunMatchesTheMockTruth(@TempDir Path dir) throws IOException {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(40).withGapMs(8))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang-oai-chat",
          "base-url", mock.baseUrl(),
          "tokenizer", "builtin:gpt2",
          "num-prompts", 60,
          "random-input-len", 64,
          "random-output-len", 24,
          "random-range-ratio", 0.5,
          "request-rate", 60,
          "max-concurrency", 16,
          "warmup-requests", 8,
          "output-details", true,
          "output-file", dir.resolve("sglang.jsonl").toString(),
          // generous gates: they must exist as Gatling assertions and hold
          "assertions.p99-ttft-ms", 10_000,
          "assertions.p50-itl-ms", 1_000,
          "assertions.max-e2e-ms", 60_000,
          "assertions.max-failed-pct", 0));
      assertEquals(0, run.exitCode());
      MockTruth truth = MockTruth.of(mock);
      // exactly the requests asked for, none twice: 8 warm-up + 60 measured
      assertEquals(68, truth.generations().size());

      List<RequestRecord> measured = RequestLog.read(run.folder().requestLog()).stream().filter(r -> !r.warmup()).toList();
      assertEquals(60, measured.size());
      long serverTokens = 0;
      for (RequestRecord r : measured) {
        MockRequestLog t = truth.measured(r.index());
        int sent = t.chunkTokens().stream().mapToInt(Integer::intValue).sum();
        assertTrue(r.success(), r.response().error());
        assertEquals(sent, r.response().outputLen(), "output tokens of request " + r.index());
        assertEquals(t.sendNanos().size(), r.response().contentChunkNanos().size());
        serverTokens += sent;
      }

      JsonNode line = sglangLine(run);
      assertEquals(60, line.get("completed").asInt());
      // the cap holds at every instant (SGLang's 1-second buckets may count more)
      int peak = line.get("peak_overlapping_requests").asInt();
      assertTrue(peak > 1 && peak <= 16, "peak overlap " + peak);
      assertEquals(serverTokens, line.get("total_output_tokens").asLong());
      // truth: from the client's send to the moment the mock wrote the first content chunk (same clock)
      double truthTtft = MockTruth.median(measured.stream()
          .mapToDouble(r -> (truth.measured(r.index()).sendNanos().get(0) - r.startNanos()) / 1e6).toArray());
      double truthItl = MockTruth.median(measured.stream()
          .flatMapToDouble(r -> DoubleStream.of(MockTruth.gapsMillis(truth.measured(r.index())))).toArray());
      truth.assertClientStampsFollowWrites(measured);
      MockTruth.assertTrails(truthTtft, line.get("median_ttft_ms").asDouble(), "median TTFT");
      assertEquals(truthItl, line.get("median_itl_ms").asDouble(), MockTruth.MEDIAN_GAP_TOLERANCE_MS,
          "median ITL vs the mock's send log");
      assertEquals("sglang-oai-chat", line.get("backend").asText());
      assertEquals(60, line.get("output_lens").size());
      // schedule fidelity, request delivery and the client's load come after SGLang's keys and our other extras, then
      // the steady state's
      List<String> keys = new java.util.ArrayList<>();
      line.fieldNames().forEachRemaining(keys::add);
      int schedule = keys.indexOf("target_request_rate");
      List<String> ours = List.of("target_request_rate", "achieved_request_rate", "schedule_gap_cv",
          "median_send_lag_ms", "p99_send_lag_ms", "max_send_lag_ms", "client_fell_behind", "connections_opened",
          "connections_reused", "resent_requests", "median_connect_and_write_ms", "p99_connect_and_write_ms",
          "median_slot_refill_ms", "p99_slot_refill_ms", "client_cpu_cores", "client_jit_cores");
      assertEquals(ours, keys.subList(schedule, schedule + ours.size()));
      keys.subList(schedule + ours.size(), keys.size()).forEach(k -> assertTrue(k.contains("steady_state"), k));
      // one connection per request by default (bench_serving's), each written in well under the run's TTFT
      assertEquals(60, line.get("connections_opened").asInt());
      assertEquals(0, line.get("connections_reused").asInt());
      assertTrue(line.get("median_connect_and_write_ms").asDouble() < line.get("median_ttft_ms").asDouble());
      // measured over the run: some CPU, and no more than the machine has
      double cores = line.get("client_cpu_cores").asDouble();
      assertTrue(cores > 0 && cores <= Runtime.getRuntime().availableProcessors(), "client cores " + cores);
      // HotSpot counts its compilers' time: a number, never negative
      assertTrue(line.get("client_jit_cores").asDouble(-1) >= 0, "client JIT cores " + line.get("client_jit_cores"));
      assertEquals("tag", keys.get(0));
      assertEquals(60.0, line.get("target_request_rate").asDouble(), 30.0);
      assertEquals(line, JSON.readTree(Files.readAllLines(dir.resolve("sglang.jsonl")).get(0)), "output-file gets the same line");

      // the post-processor run on its own over the folder gives the same summary, byte for byte
      String summary = Files.readString(run.folder().summary());
      RunManifest manifest = RunManifest.read(run.folder().manifest());
      try (Tokenizer tokenizer = Tokenizer.load(manifest.tokenizer())) {
        assertEquals(summary, PostProcessor.process(run.folder(), manifest, tokenizer).console());
      }
      assertTrue(summary.startsWith("\n============ Serving Benchmark Result ============\nBackend:"));

      // a run killed before its end has a manifest without times (written at the start): still post-processed
      var json = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(run.folder().manifest().toFile());
      json.put("originNanos", 0).put("endNanos", 0);
      Files.writeString(run.folder().manifest(), json.toString());
      try (Tokenizer tokenizer = Tokenizer.load(manifest.tokenizer())) {
        var again = PostProcessor.process(run.folder(), RunManifest.read(run.folder().manifest()), tokenizer);
        assertEquals(60, again.metrics().completed());
        assertEquals(line.get("duration").asDouble(), again.metrics().durationS(), 0.01);
      }
    }
  }

  @Test
  void aBreachedGateFailsTheRun(@TempDir Path dir) {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(30).withGapMs(1))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "vllm-chat", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2", "num-prompts", 10,
          "random-input-len", 16, "random-output-len", 8, "assertions.p99-ttft-ms", 5));
      assertEquals(2, run.exitCode(), "Gatling's exit code for failed assertions");
      // the run's results are still written in full
      assertEquals(10, RequestLog.read(run.folder().requestLog()).stream().filter(r -> !r.warmup()).count());
    }
  }

  @Test
  void noApiKeyInAnyOutput(@TempDir Path dir) throws IOException {
    String key = System.getenv("OPENAI_API_KEY");
    assertTrue(key != null && key.length() > 8, "surefire sets OPENAI_API_KEY for this test");
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(5).withGapMs(4).withTokensPerChunk(2))) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "vllm", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2", "num-prompts", 5,
          "random-input-len", 16, "random-output-len", 16, "random-range-ratio", 1.0, "output-details", true));
      assertEquals(0, run.exitCode());
      // two tokens per chunk: SGLang's ITL is per chunk, ours per token (counted with the client tokenizer)
      JsonNode line = sglangLine(run);
      assertEquals(line.get("median_itl_ms").asDouble() / 2, line.get("median_per_token_itl_ms").asDouble(), 0.05);
      assertEquals(5 * 16, line.get("total_output_tokens").asInt());
      // the key was sent (the mock logs the header, redacted) ...
      MockTruth truth = MockTruth.of(mock);
      assertTrue(truth.generations().stream().allMatch(l -> MockTruth.header(l, "Authorization") != null));
      // ... and written nowhere
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          assertFalse(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains(key),
              "API key found in " + f);
        }
      }
    }
  }

  static JsonNode sglangLine(GatlingRun run) throws IOException {
    try (Stream<Path> files = Files.list(run.folder().path())) {
      Path jsonl = files.filter(p -> p.getFileName().toString().matches(".+_\\d{4}_\\d+_.+\\.jsonl")).findFirst().orElseThrow();
      List<String> lines = Files.readAllLines(jsonl);
      assertEquals(1, lines.size());
      return JSON.readTree(lines.get(0));
    }
  }
}
