package io.llmbench.simulations.suites;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSuiteSimulation;
import java.util.List;
import java.util.Map;

/**
 * SGLang's published online benchmark: random 4096/1024 tokens at range ratio 0.125, Poisson arrivals at 1, 2, 4,
 * 8 and 16 requests/s with 300, 600, 1200, 2400 and 3200 prompts (seed document "How to reproduce the benchmark
 * results of SGLang"). Point it at your server with {@code -Dllmbench.base-url=...}.
 */
public class SglangOnlineSweep extends LlmSuiteSimulation {
  public SglangOnlineSweep() {
    super(Map.of("backend", SGLANG, "dataset-name", "random", "random-input-len", 4096, "random-output-len", 1024,
            "random-range-ratio", 0.125),
        List.of(Map.of("request-rate", 1, "num-prompts", 300), Map.of("request-rate", 2, "num-prompts", 600),
            Map.of("request-rate", 4, "num-prompts", 1200), Map.of("request-rate", 8, "num-prompts", 2400),
            Map.of("request-rate", 16, "num-prompts", 3200)));
  }
}
