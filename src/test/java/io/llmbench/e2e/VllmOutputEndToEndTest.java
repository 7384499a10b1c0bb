package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmbench.mock.Fault;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import io.llmbench.verdict.Check;
import io.llmbench.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compat = vllm run against the mock: vLLM's block and result JSON, goodput, and its gate. */
class VllmOutputEndToEndTest {
  /** vLLM's top-level keys without --save-detailed, in its order, for the default percentile metrics and P99. */
  private static final List<String> VLLM_KEYS = List.of("date", "endpoint_type", "backend", "label", "model_id",
      "tokenizer_id", "num_prompts", "version", "request_rate", "burstiness", "max_concurrency", "duration",
      "completed", "failed", "total_input_tokens", "total_output_tokens", "request_throughput", "request_goodput",
      "output_throughput", "total_token_throughput", "latencies", "queue_times", "max_output_tokens_per_s",
      "max_concurrent_requests", "rtfx", "mean_ttft_ms", "median_ttft_ms", "std_ttft_ms", "p99_ttft_ms",
      "mean_tpot_ms", "median_tpot_ms", "std_tpot_ms", "p99_tpot_ms", "mean_itl_ms", "median_itl_ms", "std_itl_ms",
      "p99_itl_ms");

  @Test
  void aForkedRunBelowTheGoodputGateExitsNonZeroAndVllmOptionsAreRefusedInSglangMode(@TempDir Path dir)
      throws Exception {
    try (MockServer mock = MockServer.start(MockConfig.defaults().withTtftMs(10).withGapMs(1))) {
      List<String> common = List.of("-Dllmbench.base-url=" + mock.baseUrl(), "-Dllmbench.tokenizer=builtin:gpt2",
          "-Dllmbench.num-prompts=4", "-Dllmbench.random-input-len=16", "-Dllmbench.random-output-len=4");
      List<String> gated = new ArrayList<>(common);
      gated.addAll(List.of("-Dllmbench.compat=vllm", "-Dllmbench.goodput=ttft:1",
          "-Dllmbench.assertions.min-goodput-pct=50"));
      StartupProcessTest.Outcome below = StartupProcessTest.gatling(dir, gated.toArray(String[]::new));
      assertEquals(1, below.exitCode(), below.output());
      assertTrue(below.output().contains("llmbench: verdict FAILED (1 of 2 checks): good requests"), below.output());

      int sent = mock.log().size();
      List<String> sglang = new ArrayList<>(common);
      sglang.add("-Dllmbench.save-result=true");
      StartupProcessTest.Outcome refused = StartupProcessTest.gatling(dir, sglang.toArray(String[]::new));
      assertEquals(1, refused.exitCode(), refused.output());
      assertTrue(refused.output().contains("llmbench: llmbench.save-result = true: exists only in vllm mode"
          + " (llmbench.compat = vllm)\n"), refused.output());
      assertEquals(sent, mock.log().size(), "refused before anything was sent");
    }
  }

  @Test
  void savesOneVllmResultWithItsKeysInOrderAndAGoodputOfZeroFailsTheGate(@TempDir Path dir) throws Exception {
    MockConfig config = MockConfig.defaults().withTtftMs(20).withGapMs(2).withFaultAt(3, Fault.parse("500"));
    Path results = dir.resolve("results");
    try (MockServer mock = MockServer.start(config)) {
      // one request at a time, no warm-up: the mock's 3rd request is the 3rd measured one, and fails
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options("compat", "vllm",
          "backend", "vllm", "base-url", mock.baseUrl(), "tokenizer", "builtin:gpt2", "dataset-name", "random",
          "num-prompts", 8, "random-input-len", 16, "random-output-len", 8, "max-concurrency", 1,
          "num-warmups", 0, "save-result", true, "result-dir", results.toString(), "metadata", "version=0.3.3",
          "goodput", "ttft:1", "assertions.min-goodput-pct", 50));

      List<Path> saved;
      try (Stream<Path> files = Files.list(results)) {
        saved = files.toList();
      }
      assertEquals(1, saved.size(), saved.toString());
      String name = saved.get(0).getFileName().toString();
      assertTrue(name.matches("vllm-infqps-concurrency1-.+-\\d{8}-\\d{6}\\.json"), name);
      String json = Files.readString(saved.get(0));
      assertEquals(json, Files.readString(run.folder().path().resolve(name)), "the run folder holds the same file");
      assertFalse(json.endsWith("\n"), "json.dump writes no newline");

      JsonNode result = new ObjectMapper().readTree(json);
      List<String> keys = new ArrayList<>();
      result.fieldNames().forEachRemaining(keys::add);
      assertEquals(VLLM_KEYS, keys);
      assertEquals(7, result.get("completed").asInt(), "the requests the mock answered");
      assertEquals(1, result.get("failed").asInt());
      assertEquals(0.0, result.get("request_goodput").asDouble(), "no 1 ms TTFT against a 20 ms mock");
      assertEquals("0.3.3", result.get("version").asText());
      assertEquals("inf", result.get("request_rate").asText());
      assertEquals(1, result.get("max_concurrent_requests").asInt(), "one at a time");

      String summary = Files.readString(run.folder().summary());
      assertTrue(summary.startsWith("============ Serving Benchmark Result ============\nSuccessful requests:"
          + "                     7         \nFailed requests:                         1         \n"), summary);
      assertTrue(summary.contains("\nRequest goodput (req/s):                 0.00      \n"), summary);
      assertTrue(summary.contains("\n============= llmbench: beyond vLLM ==============\n"), summary);
      assertTrue(summary.contains("\nGood requests (%):                       0.00      \n"), summary);
      assertFalse(summary.contains("Total generated tokens (retokenized)"), "SGLang's block is not printed");

      Verdict verdict = Verdict.read(run.folder().path().resolve(Verdict.JSON_FILE));
      assertFalse(verdict.passed());
      Check gate = verdict.checks().stream().filter(c -> c.result() == Check.Result.FAILED).findFirst().orElseThrow();
      assertEquals("assertions.min-goodput-pct", gate.key());
      assertEquals("good requests = 0.00 %, below the bound of 50.00 %", gate.message());
    }
  }
}
