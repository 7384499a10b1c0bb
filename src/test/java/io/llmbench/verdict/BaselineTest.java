package io.llmbench.verdict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.metrics.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vLLM result files as baselines, written by hand in the two shapes dashboards still read. */
class BaselineTest {
  /** Current vllm bench serve with --save-detailed: endpoint_type, failed, latencies, start_times. */
  private static final String CURRENT = "{\"date\": \"20261205-093500\", \"endpoint_type\": \"openai\", \"backend\":"
      + " \"openai\", \"label\": null, \"model_id\": \"org/m\", \"tokenizer_id\": \"org/m\", \"num_prompts\": 3,"
      + " \"request_rate\": \"inf\", \"burstiness\": 1.0, \"max_concurrency\": null, \"duration\": 2.0,"
      + " \"completed\": 2, \"failed\": 1, \"total_input_tokens\": 20, \"total_output_tokens\": 4,"
      + " \"request_throughput\": 1.0, \"request_goodput\": null, \"output_throughput\": 2.0,"
      + " \"total_token_throughput\": 12.0, \"input_lens\": [10, 10, 10], \"output_lens\": [3, 0, 1],"
      + " \"ttfts\": [0.25, 0.0, 0.5], \"itls\": [[0.125, 0.125], [], []], \"latencies\": [1.0, 0.0, 0.75],"
      + " \"start_times\": [100.0, 100.5, 101.0], \"queue_times\": [0.0, 0.0, 0.0],"
      + " \"generated_texts\": [\"a b c\", \"\", \"d\"], \"errors\": [\"\", \"Bad Request\", \"\"],"
      + " \"max_output_tokens_per_s\": 3.0, \"max_concurrent_requests\": 2, \"rtfx\": 0.0, \"mean_ttft_ms\": 375.0}";
  /** An older benchmark_serving.py result: no endpoint_type, failed, latencies or start_times; request_goodput:. */
  private static final String OLDER = "{\"date\": \"20250101-120000\", \"backend\": \"vllm\", \"model_id\": \"m\","
      + " \"tokenizer_id\": \"m\", \"num_prompts\": 2, \"request_rate\": Infinity, \"burstiness\": 1.0,"
      + " \"max_concurrency\": null, \"duration\": 4.0, \"completed\": 2, \"total_input_tokens\": 20,"
      + " \"total_output_tokens\": 5, \"request_throughput\": 0.5, \"request_goodput:\": null,"
      + " \"output_throughput\": 1.25, \"total_token_throughput\": 6.25, \"input_lens\": [10, 10],"
      + " \"output_lens\": [4, 1], \"ttfts\": [0.5, 0.25], \"itls\": [[0.25, 0.25, 0.5], []],"
      + " \"generated_texts\": [\"w x y z\", \"q\"], \"errors\": [\"\", \"\"], \"mean_ttft_ms\": 375.0}";

  private static Samples read(Path dir, String text) throws IOException {
    Path file = dir.resolve("result.json");
    Files.writeString(file, text);
    return Baseline.read(file);
  }

  @Test
  void currentVllmResultTakesItsLatenciesAndCountsErrorsAsFailures(@TempDir Path dir) throws IOException {
    Samples s = read(dir, CURRENT);
    assertEquals(2, s.completed());
    assertEquals(1, s.failed());
    assertEquals(2.0, s.durationS());
    assertArrayEquals(new double[][] {{0.25}, {0.5}}, s.ttft());
    assertArrayEquals(new double[][] {{1.0}, {0.75}}, s.e2e(), "vLLM's own request ends, not TTFT plus the gaps");
    assertArrayEquals(new double[][] {{0.375}, {}}, s.tpot(), "(1.0 - 0.25) / (3 - 1); none for one token");
    assertArrayEquals(new double[][] {{0.125, 0.125}, {}}, s.itl());
    assertArrayEquals(new double[][] {{3}, {1}}, s.outputTokens());
  }

  @Test
  void olderBenchmarkServingResultReadsWithoutTheNewerKeys(@TempDir Path dir) throws IOException {
    Samples s = read(dir, OLDER);
    assertEquals(2, s.completed());
    assertEquals(0, s.failed());
    assertArrayEquals(new double[][] {{1.5}, {0.25}}, s.e2e(), "no latencies: TTFT plus the gaps");
    assertArrayEquals(new double[][] {{1.0 / 3}, {}}, s.tpot());
  }

  @Test
  void appendedResultsReadTheLastAndASummaryOnlyResultAsksForSaveDetailed(@TempDir Path dir) throws IOException {
    assertEquals(4.0, read(dir, CURRENT + "\n" + OLDER).durationS());
    // without --save-detailed vLLM keeps latencies and queue_times, drops the rest of the lists
    String summaryOnly = "{\"endpoint_type\": \"openai\", \"duration\": 2.0, \"completed\": 2, \"failed\": 1,"
        + " \"latencies\": [1.0, 0.0, 0.75], \"queue_times\": [0.0, 0.0, 0.0], \"mean_ttft_ms\": 375.0}";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(dir, summaryOnly));
    assertTrue(e.getMessage().endsWith("write it with output-details (SGLang, llmbench) or save-detailed (vLLM)"),
        e.getMessage());
  }
}
