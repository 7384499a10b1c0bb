package io.llmbench.gatling;

import io.gatling.javaapi.core.PopulationBuilder;
import io.llmbench.config.BenchConfig;
import io.llmbench.config.ConfigLoader;
import io.llmbench.mock.MockServer;
import io.llmbench.run.PostProcessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Workloads run one after another against one server, each a whole run with its own run folder: a suite's steps, or
 * the repeats of one workload. Against the embedded mock, one mock serves them all, so they measure the same server.
 */
final class WorkloadChain implements AutoCloseable {
  private final List<LlmWorkload> steps;
  private final MockServer mock;

  private WorkloadChain(List<LlmWorkload> steps, MockServer mock) {
    this.steps = steps;
    this.mock = mock;
  }

  /**
   * Prepares every step before load.
   *
   * @param stepOptions each step's own options, over every other source
   * @param names each step's run name, by index
   */
  static WorkloadChain prepare(Map<String, ?> defaults, List<? extends Map<String, ?>> stepOptions,
      IntFunction<String> names) {
    BenchConfig base = Startup.orExit(() -> ConfigLoader.load(defaults));
    MockServer mock = base.usesMock() ? MockServer.start(BenchSetup.mockConfig(base.mock())) : null;
    List<LlmWorkload> steps = new ArrayList<>();
    try {
      for (int i = 0; i < stepOptions.size(); i++) {
        Map<String, Object> fixed = new LinkedHashMap<>(stepOptions.get(i));
        if (mock != null) {
          fixed.put("base-url", mock.baseUrl());
          fixed.putIfAbsent("tokenizer", base.tokenizer() != null ? base.tokenizer() : BenchSetup.MOCK_TOKENIZER);
        }
        String name = names.apply(i);
        steps.add(Startup.orExit(() -> LlmWorkload.prepare(ConfigLoader.load(defaults, fixed), name)));
      }
    } catch (RuntimeException e) {
      if (mock != null) {
        mock.close();
      }
      throw e;
    }
    return new WorkloadChain(List.copyOf(steps), mock);
  }

  List<LlmWorkload> steps() {
    return steps;
  }

  /** Each step's warm-up and measured phase, the next step starting when the previous one is over. */
  PopulationBuilder population() {
    PopulationBuilder chain = null;
    for (int i = steps.size() - 1; i >= 0; i--) {
      chain = steps.get(i).populationThen(chain);
    }
    return chain;
  }

  /** Ends every step's run now, in order (from {@code after()}, to report on them together). */
  List<Optional<PostProcessor.Summary>> finish() {
    return steps.stream().map(LlmWorkload::finish).toList();
  }

  @Override
  public void close() {
    if (mock != null) {
      mock.close();
    }
  }
}
