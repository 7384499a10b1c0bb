package io.llmbench.gatling;

import io.gatling.javaapi.core.Simulation;
import io.llmbench.config.SweepSteps;
import io.llmbench.metrics.BenchmarkMetrics;
import io.llmbench.report.Console;
import io.llmbench.python.PythonFormat;
import io.llmbench.run.PostProcessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Several runs in turn against one server: a rate sweep, or a suite of workloads. Each step is a whole run
 * (warm-up, measured requests, its own run folder and SGLang JSONL line, appended to {@code output-file} when
 * set); one table compares the steps at the end. A step's own options win over every other source, except that
 * {@code llmbench.sweep.scale} multiplies its prompt count (a quick smoke run of a long suite).
 */
public abstract class LlmSuiteSimulation extends Simulation {
  private final List<Map<String, ?>> stepOptions;
  private final WorkloadChain steps;

  protected LlmSuiteSimulation(Map<String, ?> defaults, List<? extends Map<String, ?>> stepOptions) {
    Startup.helpIfAsked();
    this.stepOptions = List.copyOf(stepOptions);
    double scale = SweepSteps.scale();
    List<Map<String, Object>> scaled = new ArrayList<>();
    for (Map<String, ?> step : stepOptions) {
      Map<String, Object> fixed = new LinkedHashMap<>(step);
      if (fixed.get("num-prompts") instanceof Number n) {
        fixed.put("num-prompts", SweepSteps.scaled(n.longValue(), scale));
      }
      scaled.add(fixed);
    }
    this.steps = WorkloadChain.prepare(defaults, scaled, i -> getClass().getSimpleName() + "-step" + (i + 1));
    LlmWorkload first = steps.steps().get(0);
    setUp(steps.population()).protocols(first.protocol()).assertions(first.assertions());
  }

  @Override
  public void after() {
    try {
      Console.print(table(stepOptions, steps.finish()));
    } finally {
      steps.close();
    }
  }

  /** One line per step: what it asked for and SGLang's headline figures. */
  static String table(List<Map<String, ?>> stepOptions, List<Optional<PostProcessor.Summary>> summaries) {
    StringBuilder out = new StringBuilder("\n" + PythonFormat.rule(" llmbench: suite ", '=') + "\n");
    out.append(String.format(Locale.ROOT, "%-4s %-34s %6s %9s %9s %10s %10s %9s %9s%n", "step", "options", "done",
        "req/s", "out tok/s", "TTFT p50", "TTFT p99", "ITL p50", "ITL p99"));
    for (int i = 0; i < summaries.size(); i++) {
      String options = stepOptions.get(i).toString();
      Optional<PostProcessor.Summary> s = summaries.get(i);
      if (s.isEmpty()) {
        out.append(String.format(Locale.ROOT, "%-4d %-34s %6s%n", i + 1, options, "none"));
        continue;
      }
      BenchmarkMetrics m = s.get().metrics();
      out.append(String.format(Locale.ROOT, "%-4d %-34s %6d %9.2f %9.2f %10.2f %10.2f %9.2f %9.2f%n", i + 1, options,
          m.completed(), m.requestThroughput(), m.outputThroughput(), m.ttftMs().median(), m.ttftMs().p99(),
          m.itlMs().median(), m.itlMs().p99()));
    }
    return out.append("=".repeat(PythonFormat.RULE_WIDTH)).append('\n').toString();
  }
}
