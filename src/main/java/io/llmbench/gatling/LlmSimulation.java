package io.llmbench.gatling;

import io.gatling.javaapi.core.Simulation;
import io.llmbench.config.BenchConfig;
import io.llmbench.config.ConfigLoader;
import io.llmbench.dataset.Datasets;
import io.llmbench.run.PostProcessor;
import io.llmbench.run.ProcessExit;
import io.llmbench.run.RunFolder;
import io.llmbench.verdict.Repeats;
import io.llmbench.verdict.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A complete benchmark driven by {@code llmbench.*} options, written with the DSL: the workload's warm-up and
 * measured requests on the {@code llm} protocol, its CI gates as assertions; the protocol writes SGLang's summary
 * and the run folder when the simulation is over. A concrete simulation only chooses its defaults, e.g.
 * {@code super(VLLM_CHAT, "sharegpt")}; {@code -D} options still win. With {@code llmbench.repeat = N} the workload
 * runs N times in turn (seeds seed, seed + 1, ...), and the runs are reported and judged together.
 */
public abstract class LlmSimulation extends Simulation {
  private final LlmWorkload workload;
  /** The runs of {@code llmbench.repeat} > 1, or null for one run. */
  private final WorkloadChain repeats;

  protected LlmSimulation() {
    this(Map.of());
  }

  /** A backend × dataset simulation: those two as defaults, everything else from the options. */
  protected LlmSimulation(String backend, String datasetName) {
    this(Map.of("backend", backend, "dataset-name", datasetName));
  }

  protected LlmSimulation(Map<String, ?> defaults) {
    Startup.helpIfAsked();
    String name = getClass().getSimpleName();
    BenchConfig config = Startup.orExit(() -> ConfigLoader.load(defaults));
    int repeat = config.get(Repeats.REPEAT);
    if (repeat == 1) {
      repeats = null;
      workload = Startup.orExit(() -> LlmWorkload.prepare(config, name));
    } else {
      long seed = config.get(Datasets.SEED);
      repeats = WorkloadChain.prepare(defaults,
          IntStream.range(0, repeat).mapToObj(i -> Map.of("seed", seed + i)).toList(), i -> name + "-repeat" + (i + 1));
      repeats.steps().forEach(LlmWorkload::judgeWithOthers);
      workload = repeats.steps().get(0);
    }
    setUp(repeats == null ? workload.population() : repeats.population()).protocols(workload.protocol())
        .assertions(workload.assertions());
  }

  /** The prepared workload (its rows, its target); {@link LlmWorkload#close()} it when the simulation is not run. */
  public LlmWorkload workload() {
    return workload;
  }

  /** Repeats: every run's summary now, then their figures and verdict together. */
  @Override
  public void after() {
    if (repeats == null) {
      return;
    }
    try {
      List<Optional<PostProcessor.Summary>> summaries = repeats.finish();
      BenchConfig c = workload.setup().config();
      RunFolder folder = RunFolder.create(Path.of(c.get(RunFolder.REPORTS_DIR)), getClass().getSimpleName() + "-repeats");
      Verdict verdict = Repeats.report(folder, c.options(),
          repeats.steps().stream().map(w -> w.setup().folder()).toList(), summaries);
      if (!verdict.passed() && Startup.ownsProcess()) {
        ProcessExit.failProcess();
      }
    } finally {
      repeats.close();
    }
  }
}
