package io.llmbench.gatling;

import io.gatling.javaapi.core.Simulation;
import io.llmbench.config.ConfigLoader;
import java.util.Map;

/**
 * A complete benchmark driven by {@code llmbench.*} options: warm-up, measured requests, CI gates, and SGLang's
 * summary after the run. A concrete simulation only chooses its defaults, e.g.
 * {@code super(Map.of("backend", "vllm-chat", "dataset-name", "sharegpt"))}; {@code -D} options still win.
 */
public abstract class LlmSimulation extends Simulation {
  protected final LlmBench bench;

  protected LlmSimulation() {
    this(Map.of());
  }

  /** A backend × dataset simulation: those two as defaults, everything else from the options. */
  protected LlmSimulation(String backend, String datasetName) {
    this(Map.of("backend", backend, "dataset-name", datasetName));
  }

  protected LlmSimulation(Map<String, ?> defaults) {
    try {
      bench = LlmBench.of(ConfigLoader.load(defaults), getClass().getSimpleName());
    } catch (IllegalArgumentException e) {
      // a bad option or input: say it plainly before Gatling's stack trace, no request was sent
      System.err.println("llmbench: " + e.getMessage());
      throw e;
    }
    setUp(bench.population()).protocols(bench.protocol()).assertions(bench.assertions());
  }

  @Override
  public void after() {
    bench.finish();
  }
}
