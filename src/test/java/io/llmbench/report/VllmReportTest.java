package io.llmbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.config.ConfigLoader;
import io.llmbench.metrics.Goodput;
import io.llmbench.metrics.RequestOutcome;
import io.llmbench.metrics.VllmMetrics;
import io.llmbench.python.PythonJson;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** vLLM's console block and result JSON against make_golden_vllm.py's, which follows vllm/benchmarks/serve.py. */
class VllmReportTest {
  private static final LocalDateTime DATE = LocalDateTime.of(2026, 12, 5, 9, 35, 0);

  /** The options of make_golden_vllm.py's vllm-basic run. */
  private static final Map<String, Object> BASIC = Map.of("compat", "vllm", "backend", "vllm", "label", "golden",
      "num-prompts", 6, "request-rate", 4.0, "max-concurrency", 2, "goodput", "ttft:500 tpot:300 e2el:1250",
      "percentile-metrics", "ttft,tpot,itl,e2el,client_queue_time,e2el_including_client_queue",
      "metric-percentiles", "50,90,99.9", "metadata", List.of("version = 0.3.3", "tp=1", "duration=x"));

  private static VllmReport.Run run(Map<String, ?> options, int numPrompts) {
    return VllmReport.Run.of(GoldenRuns.run(options, false, null), "org/model-x", "gpt2", numPrompts, DATE);
  }

  private static String[] render(Map<String, ?> options, int numPrompts, List<RequestOutcome> outcomes,
      double durationS) {
    VllmReport.Run run = run(options, numPrompts);
    VllmMetrics m = VllmMetrics.compute(outcomes, durationS, run.percentiles(),
        run.info().options().get(Goodput.OPTION));
    return new String[] {VllmReport.block(run, durationS, m),
        PythonJson.dumps(VllmReport.result(run, durationS, m, outcomes))};
  }

  private static void assertGolden(String name, String[] rendered) {
    assertEquals(GoldenRuns.golden("console-" + name + ".txt"), rendered[0]);
    assertEquals(GoldenRuns.golden("result-" + name + ".json"), rendered[1]);
  }

  @Test
  void everyMetricPercentilesGoodputAndMetadataMatchGoldenByteForByte() {
    Map<String, Object> options = new java.util.HashMap<>(BASIC);
    options.put("save-detailed", true);
    assertGolden("vllm-basic", render(options, 6, GoldenRuns.BASIC_OUTCOMES, GoldenRuns.BASIC_DURATION));
  }

  @Test
  void defaultsPrintTtftTpotItlAtP99AndKeepOnlyLatenciesAndQueueTimes() {
    String[] out = render(Map.of("compat", "vllm", "backend", "vllm"), 1000, GoldenRuns.BASIC_OUTCOMES,
        GoldenRuns.BASIC_DURATION);
    assertGolden("vllm-default", out);
    assertFalse(out[0].startsWith("\n"), "vLLM prints no empty line before its title, unlike SGLang");
  }

  @Test
  void embeddingsSaveThePoolingShape() {
    Map<String, Object> options = Map.of("compat", "vllm", "backend", "vllm-embedding", "dataset-name", "sharegpt",
        "save-detailed", true);
    assertGolden("vllm-embedding", render(options, 1000, GoldenRuns.EMBEDDING_OUTCOMES,
        GoldenRuns.EMBEDDING_DURATION));
  }

  @Test
  void fileNameFollowsVllmsRule() {
    assertEquals("vllm-infqps-model-x-20261205-093500.json",
        VllmReport.fileName(run(Map.of("compat", "vllm", "backend", "vllm"), 10)));
    assertEquals("golden-4.0qps-concurrency2-model-x-20261205-093500.json", VllmReport.fileName(run(BASIC, 6)));
    assertEquals("mine.json", VllmReport.fileName(run(Map.of("compat", "vllm", "result-filename", "mine.json"), 6)));
    assertEquals("vllm-ramp-up-linear-1qps-10qps-model-x-20261205-093500.json", VllmReport.fileName(run(Map.of(
        "compat", "vllm", "backend", "vllm", "arrival-profile", "ramp-up-linear", "ramp-up-start-rps", 1,
        "ramp-up-end-rps", 10), 6)));
  }

  @Test
  void rampUpKeysFollowTheTrafficKeysAsInts() {
    VllmReport.Run run = run(Map.of("compat", "vllm", "backend", "vllm", "arrival-profile", "ramp-up-exponential",
        "ramp-up-start-rps", 2, "ramp-up-end-rps", 8.5), 6);
    VllmMetrics m = VllmMetrics.compute(GoldenRuns.BASIC_OUTCOMES, 4.2, run.percentiles(), Goodput.NONE);
    String json = PythonJson.dumps(VllmReport.result(run, 4.2, m, GoldenRuns.BASIC_OUTCOMES));
    assertTrue(json.contains("\"max_concurrency\": null, \"ramp_up_strategy\": \"exponential\", "
        + "\"ramp_up_start_rps\": 2, \"ramp_up_end_rps\": 8.5, \"duration\": 4.2"), json);
  }

  @Test
  void vllmOptionsAreRefusedInSglangModeAndBadValuesNameTheOption() {
    for (Map<String, Object> option : List.<Map<String, Object>>of(Map.of("save-result", true),
        Map.of("label", "x"), Map.of("metric-percentiles", "50"), Map.of("metadata", "a=b"))) {
      String key = option.keySet().iterator().next();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConfigLoader.of(option));
      assertTrue(e.getMessage().startsWith("llmbench." + key + " = ")
          && e.getMessage().contains("exists only in vllm mode (llmbench.compat = vllm)"), e.getMessage());
    }
    Map<String, Object> vllm = new java.util.HashMap<>(BASIC);
    ConfigLoader.of(vllm).options();
    assertEquals("llmbench.metric-percentiles = \"50,101\": percentile 101.0 is outside 0 to 100",
        assertThrows(IllegalArgumentException.class,
            () -> ConfigLoader.of(Map.of("metric-percentiles", "50,101"))).getMessage());
    assertEquals("llmbench.percentile-metrics = \"ttft,e2e\": unknown metric \"e2e\"; allowed: ttft, tpot, itl, e2el,"
            + " client_queue_time, e2el_including_client_queue",
        assertThrows(IllegalArgumentException.class,
            () -> ConfigLoader.of(Map.of("percentile-metrics", "ttft,e2e"))).getMessage());
    assertEquals("llmbench.metadata = \"tp\": Invalid metadata format. Please use KEY=VALUE format.",
        assertThrows(IllegalArgumentException.class, () -> ConfigLoader.of(Map.of("metadata", "tp"))).getMessage());
  }
}
