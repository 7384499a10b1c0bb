package io.llmbench.report;

import static io.llmbench.report.GoldenRuns.BASIC_DURATION;
import static io.llmbench.report.GoldenRuns.BASIC_OUTCOMES;
import static io.llmbench.report.GoldenRuns.EMBEDDING_DURATION;
import static io.llmbench.report.GoldenRuns.EMBEDDING_OUTCOMES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.metrics.BenchmarkMetrics;
import io.llmbench.metrics.Distribution;
import io.llmbench.metrics.Metrics;
import io.llmbench.metrics.SteadyState;
import io.llmbench.metrics.RequestOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {
  private static final BenchmarkMetrics BASIC = Metrics.compute(BASIC_OUTCOMES, BASIC_DURATION);

  @Test
  void steadyStateBlockComesInTheSameLayout() {
    SteadyState steady = new SteadyState("auto", 1.5, 9.25, 12, 1.5, 30.125, new Distribution(50, 48, 0, 60, 0, 70, 0),
        Distribution.EMPTY, Distribution.EMPTY, Distribution.EMPTY);
    String block = ConsoleSummary.steadyStateBlock(GoldenRuns.basicRun(), steady);
    assertTrue(block.startsWith("============= llmbench: steady state =============\n"
        + "Window (s):                              1.50..9.25 (auto)\n"
        + "Requests sent in window:                 12        \n"
        + "Request throughput (req/s):              1.50      \n"
        + "Output token throughput (tok/s):         30.12     \n"
        + "---------------Time to First Token----------------\n"
        + "Mean TTFT (ms):                          50.00     \n"
        + "Median TTFT (ms):                        48.00     \n"
        + "P90 TTFT (ms):                           60.00     \n"
        + "P99 TTFT (ms):                           70.00     \n"), block);
    assertTrue(block.endsWith("P99 E2E Latency (ms):                    0.00      \n" + "=".repeat(50) + "\n"), block);
  }

  @Test
  void basicRunMatchesGoldenByteForByte() {
    assertEquals(GoldenRuns.golden("console-basic.txt"), ConsoleSummary.render(GoldenRuns.basicRun(), BASIC));
  }

  @Test
  void embeddingRunHidesGenerationLinesAndMatchesGolden() {
    BenchmarkMetrics m = Metrics.compute(EMBEDDING_OUTCOMES, EMBEDDING_DURATION);
    assertEquals(
        GoldenRuns.golden("console-embedding.txt"), ConsoleSummary.render(GoldenRuns.embeddingRun(), m));
  }

  @Test
  void sglangBlockStartsWithEmptyLineAndEndsWithRuleBeforeOurs() {
    String sglang = ConsoleSummary.sglangBlock(GoldenRuns.basicRun(), BASIC);
    assertTrue(sglang.startsWith("\n============ Serving Benchmark Result ============\n"));
    assertTrue(sglang.endsWith("Max ITL (ms):                            1000.00   \n" + "=".repeat(50) + "\n"));
    String all = ConsoleSummary.render(GoldenRuns.basicRun(), BASIC);
    assertEquals(sglang + ConsoleSummary.extrasBlock(GoldenRuns.basicRun(), BASIC, null), all);
    assertFalse(sglang.contains("llmbench"));
  }

  @Test
  void visionTraceAndUnsetConcurrency() {
    RunInfo run =
        GoldenRuns.run(Map.of("backend", "sglang-oai-chat", "dataset-name", "mmmu", "request-rate", 2.5,
            "max-concurrency", 0), true, GoldenRuns.acceptLength(0.0));
    String text = ConsoleSummary.sglangBlock(run, BASIC);
    assertTrue(text.contains("\nTraffic request rate:                    trace     \n"));
    assertTrue(text.contains("\nMax request concurrency:                 not set   \n"));
    assertTrue(text.contains(
        "\nTotal input text tokens:                 600       \n"
            + "Total input vision tokens:               0         \n"
            + "Total generated tokens:                  8         \n"));
    assertFalse(text.contains("Accept length:"), "0.0 is falsy in Python");
  }

  @Test
  void rateFormatsAsPythonFloatAndNanAcceptLengthPrints() {
    RunInfo run =
        GoldenRuns.run(Map.of("dataset-name", "sharegpt", "request-rate", 1e16, "max-concurrency", 8), false,
            GoldenRuns.acceptLength(Double.NaN));
    String text = ConsoleSummary.sglangBlock(run, BASIC);
    assertTrue(text.contains("\nTraffic request rate:                    1e+16     \n"));
    assertTrue(text.contains("\nMax request concurrency:                 8         \n"));
    assertTrue(text.contains("\nAccept length:                           nan       \n"));
  }

  @Test
  void errorReasonsBeyondFiveAreSummedAndLongOnesCut() {
    List<RequestOutcome> outcomes = new ArrayList<>(BASIC_OUTCOMES);
    for (int i = 0; i < 7; i++) {
      for (int k = 0; k <= i; k++) {
        outcomes.add(GoldenRuns.failed("reason " + i, 1, 2.0));
      }
    }
    BenchmarkMetrics m = Metrics.compute(outcomes, BASIC_DURATION);
    String extras = ConsoleSummary.extrasBlock(GoldenRuns.basicRun(), m, null);
    assertTrue(extras.startsWith(
        "============ llmbench: beyond SGLang =============\n"
            + "Failed requests:                         31        \n"
            + "  reason 6:                              7         \n"
            + "  reason 5:                              6         \n"
            + "  reason 4:                              5         \n"
            + "  reason 3:                              4         \n"
            + "  reason 2:                              3         \n"
            // boom 2 + reason 1: 2 + ConnectException 1 + reason 0: 1
            + "  (other reasons):                       6         \n"
            + "Peak overlapping requests:               2         \n"
            + "----------Per-Token Inter-Token Latency-----------\n"),
        extras);
  }

  /** Three sends: a new connection, a kept-alive one re-sent, one never written; two waited for a slot. */
  private static final io.llmbench.schedule.RequestDelivery DELIVERY = io.llmbench.schedule.RequestDelivery.of(
      new long[] {0, 1_000_000, 2_000_000}, new long[] {500_000, 1_250_000, 0}, new boolean[] {false, true, false},
      new int[] {1, 2, 1}, new long[] {0, 900_000, 1_000_000});

  @Test
  void deliverySectionCountsConnectionsAndTimesTheirWritesAndSlotRefills() {
    var rates = new io.llmbench.schedule.LagStats(3, 0.1, 0.2, 0.3, 20.0, 20.0);
    String extras = ConsoleSummary.extrasBlock(GoldenRuns.basicRun(), BASIC,
        new io.llmbench.schedule.ScheduleFidelity(new io.llmbench.schedule.ScheduleStats(3, 20, 0.05, 1.0), rates,
            rates, 5.0, DELIVERY));
    assertTrue(extras.contains("-----------------Request Delivery-----------------\n"
        + "Connections opened:                      1         \n"
        + "Connections reused:                      1         \n"
        + "Re-sent on a new connection:             1         \n"
        + "Median connect and write (ms):           0.38      \n"
        + "P99 connect and write (ms):              0.50      \n"
        + "Median slot refill (ms):                 0.55      \n"
        + "P99 slot refill (ms):                    0.99      \n"), extras);
  }

  @Test
  void scheduleSectionWarnsWhenTheClientFellBehind() {
    var rates = new io.llmbench.schedule.LagStats(100, 12.0, 90.0, 120.0, 20.0, 18.5);
    var lag = new io.llmbench.schedule.LagStats(100, 0.5, 7.25, 30.0, 20.0, 18.5);
    String extras = ConsoleSummary.extrasBlock(GoldenRuns.basicRun(), BASIC,
        new io.llmbench.schedule.ScheduleFidelity(new io.llmbench.schedule.ScheduleStats(100, 20, 0.05, 2.0), rates, lag, 5.0,
            DELIVERY));
    assertTrue(extras.contains("----------------Schedule Fidelity-----------------\n"
        + "Target request rate (req/s):             20.00     \n"
        + "Achieved request rate (req/s):           18.50     \n"
        + "Schedule gap CV:                         2.00      \n"
        + "Median send lag (ms):                    0.50      \n"
        + "P99 send lag (ms):                       7.25      \n"
        + "Max send lag (ms):                       30.00     \n"
        + "WARNING: the client fell behind its schedule (P99 send lag 7.25 ms > 5.00 ms)"), extras);
    String calm = ConsoleSummary.extrasBlock(GoldenRuns.basicRun(), BASIC,
        new io.llmbench.schedule.ScheduleFidelity(new io.llmbench.schedule.ScheduleStats(100, 20, 0.05, 1.0), rates,
            new io.llmbench.schedule.LagStats(100, 0.1, 1.0, 2.0, 20, 20), 5.0, DELIVERY));
    assertFalse(calm.contains("WARNING"));
  }

  @Test
  void clientSectionGivesCpuAndJitCores() {
    RunInfo basic = GoldenRuns.basicRun();
    java.util.function.Function<io.llmbench.run.ClientLoad, String> extras = load -> ConsoleSummary.extrasBlock(
        new RunInfo(basic.options(), false, false, basic.serverInfo(), load, false), BASIC, null);
    String compiling = extras.apply(new io.llmbench.run.ClientLoad(610_000_000L, 160_000_000L, 1_000_000_000L, 2,
        false, false));
    assertTrue(compiling.contains("----------------------Client----------------------\n"
        + "Client CPU (cores):                      0.61      \n"
        + "Client JIT compiling (cores):            0.16      \n"
        + "=================================================="), compiling);
    String untold = extras.apply(new io.llmbench.run.ClientLoad(610_000_000L, -1, 1_000_000_000L, 2, false, false));
    assertFalse(untold.contains("JIT"), untold);
  }
}
