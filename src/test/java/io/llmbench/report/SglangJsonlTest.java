package io.llmbench.report;

import static io.llmbench.report.GoldenRuns.BASIC_DURATION;
import static io.llmbench.report.GoldenRuns.BASIC_OUTCOMES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.metrics.BenchmarkMetrics;
import io.llmbench.metrics.Goodput;
import io.llmbench.metrics.Metrics;
import io.llmbench.metrics.Samples;
import io.llmbench.metrics.SteadyState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SglangJsonlTest {
  private static final BenchmarkMetrics BASIC = Metrics.compute(BASIC_OUTCOMES, BASIC_DURATION);

  @Test
  void basicRunWithDetailsMatchesGoldenByteForByte() {
    String line = SglangJsonl.line(GoldenRuns.basicRun(), BASIC, BASIC_OUTCOMES);
    assertFalse(line.contains("\n"), "one line, newline left to the caller");
    assertEquals(GoldenRuns.golden("jsonl-basic.jsonl"), line + "\n");
  }

  @Test
  void goodputKeysComeLastAndOnlyWhenSet() {
    // the golden run's successes: TTFT 250, 500, 750 ms; a 500 ms bound keeps two of the six requests
    Goodput.Figures good = Goodput.parse("ttft:500").of(Samples.of(BASIC_OUTCOMES, BASIC_DURATION, false));
    assertEquals(new Goodput.Figures(2, 6, 2 / BASIC_DURATION, 100.0 * 2 / 6), good);
    String plain = SglangJsonl.line(GoldenRuns.basicRun(), BASIC, BASIC_OUTCOMES, null, null);
    String with = SglangJsonl.line(GoldenRuns.basicRun(), BASIC, BASIC_OUTCOMES, null, null, good);
    assertEquals(plain, SglangJsonl.line(GoldenRuns.basicRun(), BASIC, BASIC_OUTCOMES, null, null, null));
    assertEquals(plain.substring(0, plain.length() - 1) + ", \"request_goodput\": 0.47619047619047616,"
        + " \"good_requests\": 2, \"good_request_pct\": 33.333333333333336}", with);
    String console = ConsoleSummary.extrasBlock(GoldenRuns.basicRun(), BASIC, null, good);
    assertTrue(console.contains("Peak overlapping requests:               2         \n"
        + "Request goodput (req/s):                 0.48      \n"
        + "Good requests:                           2         \n"
        + "Good requests (%):                       33.33     \n"), console);
    assertEquals(ConsoleSummary.extrasBlock(GoldenRuns.basicRun(), BASIC, null),
        ConsoleSummary.extrasBlock(GoldenRuns.basicRun(), BASIC, null, null));
  }

  @Test
  void embeddingRunWithoutDetailsMatchesGolden() {
    BenchmarkMetrics m = Metrics.compute(GoldenRuns.EMBEDDING_OUTCOMES, GoldenRuns.EMBEDDING_DURATION);
    String line = SglangJsonl.line(GoldenRuns.embeddingRun(), m, GoldenRuns.EMBEDDING_OUTCOMES);
    assertEquals(GoldenRuns.golden("jsonl-embedding.jsonl"), line + "\n");
  }

  @Test
  void keyOrderIsSglangThenDetailsThenExtras() {
    List<String> keys =
        new ArrayList<>(SglangJsonl.record(GoldenRuns.basicRun(), BASIC, BASIC_OUTCOMES).keySet());
    assertEquals(
        List.of("tag", "backend", "dataset_name", "request_rate", "max_concurrency",
            "sharegpt_output_len", "random_input_len", "random_output_len", "random_range_ratio",
            "server_info", "duration", "completed"),
        keys.subList(0, 12));
    int last = keys.indexOf("max_concurrent_requests");
    assertEquals(List.of("max_output_tokens_per_s", "max_concurrent_requests", "input_lens",
        "output_lens", "ttfts", "itls", "generated_texts", "errors", "failed", "error_counts"),
        keys.subList(last - 1, last + 9));
    assertFalse(keys.contains("max_itl_ms"));
    assertEquals(List.of("max_queue_wait_ms", "client_cpu_cores", "client_jit_cores"),
        keys.subList(keys.size() - 3, keys.size()));
  }

  @Test
  void steadyStateKeysComeAfterEveryOtherKeyAndChangeNone() {
    SteadyState steady = SteadyState.of("0s..100s", BASIC_OUTCOMES, BASIC_DURATION);
    String plain = SglangJsonl.line(GoldenRuns.basicRun(), BASIC, BASIC_OUTCOMES, null);
    String with = SglangJsonl.line(GoldenRuns.basicRun(), BASIC, BASIC_OUTCOMES, null, steady);
    assertTrue(with.startsWith(plain.substring(0, plain.length() - 1)
        + ", \"steady_state_mode\": \"fixed\", \"steady_state_start_s\": 0.0, \"steady_state_end_s\": 100.0, "), with);
    assertTrue(with.endsWith(", \"p99_steady_state_e2e_latency_ms\": " + steady.e2eMs().p99() + "}"), with);
    assertEquals(plain, SglangJsonl.line(GoldenRuns.basicRun(), BASIC, BASIC_OUTCOMES, null, null));
  }

  @Test
  void traceModeWritesTheString() {
    RunInfo run =
        GoldenRuns.run(Map.of("request-rate", 4.0, "random-input-len", 1, "random-output-len", 1,
            "random-range-ratio", 1.0), true, null);
    Map<String, Object> record = SglangJsonl.record(run, BASIC, BASIC_OUTCOMES);
    assertEquals("trace", record.get("request_rate"));
    assertTrue(SglangJsonl.line(run, BASIC, BASIC_OUTCOMES).startsWith(
        "{\"tag\": null, \"backend\": \"sglang\", \"dataset_name\": \"random\", \"request_rate\": \"trace\", "
            + "\"max_concurrency\": null, \"sharegpt_output_len\": null, \"random_input_len\": 1, "
            + "\"random_output_len\": 1, \"random_range_ratio\": 1.0, \"server_info\": null, \"duration\": 4.2, "));
  }

  @Test
  void defaultFileNamesFollowSglang() {
    LocalDate date = LocalDate.of(2026, 3, 7);
    assertEquals("sglang_0307_1000_sharegpt.jsonl",
        SglangJsonl.defaultFileName("sglang", "sharegpt", 1000, 1024, 1024, 1, "1080p", date));
    assertEquals("vllm_0307_200_512_128.jsonl",
        SglangJsonl.defaultFileName("vllm", "random", 200, 512, 128, 1, "1080p", date));
    assertEquals("vllm_0307_200_512_128.jsonl",
        SglangJsonl.defaultFileName("vllm", "random-ids", 200, 512, 128, 1, "1080p", date));
    assertEquals("sglang-oai-chat_1231_10_64_32_2imgs_1080p.jsonl",
        SglangJsonl.defaultFileName("sglang-oai-chat", "image", 10, 64, 32, 2, "1080p",
            LocalDate.of(2025, 12, 31)));
  }
}
