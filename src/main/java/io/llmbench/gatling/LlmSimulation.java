package io.llmbench.gatling;

import io.gatling.javaapi.core.Simulation;
import io.llmbench.LlmDsl;
import java.util.Map;

/**
 * A complete benchmark driven by {@code llmbench.*} options, written with the DSL: the workload's warm-up and
 * measured requests on the {@code llm} protocol, its CI gates as assertions; the protocol writes SGLang's summary
 * and the run folder when the simulation is over. A concrete simulation only chooses its defaults, e.g.
 * {@code super(VLLM_CHAT, "sharegpt")}; {@code -D} options still win.
 */
public abstract class LlmSimulation extends Simulation {
  private final LlmWorkload workload;

  protected LlmSimulation() {
    this(Map.of());
  }

  /** A backend × dataset simulation: those two as defaults, everything else from the options. */
  protected LlmSimulation(String backend, String datasetName) {
    this(Map.of("backend", backend, "dataset-name", datasetName));
  }

  protected LlmSimulation(Map<String, ?> defaults) {
    Startup.helpIfAsked();
    workload = Startup.orExit(() -> LlmDsl.workload(defaults, getClass().getSimpleName()));
    setUp(workload.population()).protocols(workload.protocol()).assertions(workload.assertions());
  }

  /** The prepared workload (its rows, its target); {@link LlmWorkload#close()} it when the simulation is not run. */
  public LlmWorkload workload() {
    return workload;
  }
}
