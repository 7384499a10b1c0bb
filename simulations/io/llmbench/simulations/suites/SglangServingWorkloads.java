package io.llmbench.simulations.suites;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSuiteSimulation;
import java.util.List;
import java.util.Map;

/**
 * The four workloads of SGLang's published serving benchmarks, as one burst each (rate inf): ShareGPT (10,000
 * prompts; give {@code -Dllmbench.dataset-path=ShareGPT_V3_unfiltered_cleaned_split.json}), then random
 * 1024/1024 (2,000 prompts), 2000/6000 and 6000/2000 (500 prompts each), all at range ratio 1.
 */
public class SglangServingWorkloads extends LlmSuiteSimulation {
  public SglangServingWorkloads() {
    super(Map.of("backend", SGLANG),
        List.of(Map.of("dataset-name", "sharegpt", "num-prompts", 10_000),
            random(2000, 1024, 1024), random(500, 2000, 6000), random(500, 6000, 2000)));
  }

  private static Map<String, ?> random(int prompts, int inputLen, int outputLen) {
    return Map.of("dataset-name", "random", "num-prompts", prompts, "random-input-len", inputLen,
        "random-output-len", outputLen, "random-range-ratio", 1.0);
  }
}
