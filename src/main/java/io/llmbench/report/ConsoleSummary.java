package io.llmbench.report;

import static io.llmbench.python.PythonFormat.row;
import static io.llmbench.python.PythonFormat.row2f;
import static io.llmbench.python.PythonFormat.rule;

import io.llmbench.config.Compat;
import io.llmbench.metrics.BenchmarkMetrics;
import io.llmbench.metrics.Goodput;
import io.llmbench.run.ClientLoad;
import io.llmbench.metrics.CacheReport;
import io.llmbench.metrics.SteadyState;
import io.llmbench.schedule.RequestDelivery;
import io.llmbench.schedule.ScheduleFidelity;
import io.llmbench.metrics.Distribution;
import io.llmbench.python.PythonFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The console summary: SGLang's block byte for byte (spec §8), then our extras strictly after its
 * closing rule. Text is what Python's {@code print} calls write: it starts with the empty line and
 * every line ends with {@code "\n"}.
 */
public final class ConsoleSummary {
  /** Error reasons listed by name in the extras; the rest are summed on one line. */
  static final int LISTED_ERROR_REASONS = 5;

  private static final int LABEL_WIDTH = 40;
  private static final String CLOSING_RULE = "=".repeat(PythonFormat.RULE_WIDTH);

  private ConsoleSummary() {}

  /** SGLang's block followed by ours. */
  public static String render(RunInfo run, BenchmarkMetrics m) {
    return sglangBlock(run, m) + extrasBlock(run, m, null);
  }

  /** Exactly what {@code sglang.bench_serving} prints. */
  public static String sglangBlock(RunInfo run, BenchmarkMetrics m) {
    boolean generation = !run.embeddingBackend();
    List<String> out = new ArrayList<>();
    out.add("");
    out.add(rule(" Serving Benchmark Result ", '='));
    out.add(row("Backend:", run.backend()));
    out.add(row("Traffic request rate:", run.traceTimestamps() ? "trace" : run.requestRate()));
    Integer cap = run.maxConcurrency();
    out.add(row("Max request concurrency:", cap != null && cap != 0 ? cap : "not set"));
    out.add(row("Successful requests:", m.completed()));
    out.add(row2f("Benchmark duration (s):", m.durationS()));
    out.add(row("Total input tokens:", m.totalInput()));
    out.add(row("Total input text tokens:", m.totalInputText()));
    if (run.visionDataset()) {
      out.add(row("Total input vision tokens:", m.totalInputVision()));
    }
    if (generation) {
      out.add(row("Total generated tokens:", m.totalOutput()));
      out.add(row("Total generated tokens (retokenized):", m.totalOutputRetokenized()));
    }
    out.add(row2f("Request throughput (req/s):", m.requestThroughput()));
    out.add(row2f("Input token throughput (tok/s):", m.inputThroughput()));
    if (generation) {
      out.add(row2f("Output token throughput (tok/s):", m.outputThroughput()));
      out.add(row2f("Peak output token throughput (tok/s):", m.maxOutputTokensPerS()));
    }
    out.add(row("Peak concurrent requests:", m.maxConcurrentRequests()));
    if (generation) {
      out.add(row2f("Total token throughput (tok/s):", m.totalThroughput()));
    }
    out.add(row2f("Concurrency:", m.concurrency()));
    Double acceptLength = run.acceptLength();
    if (acceptLength != null && acceptLength != 0) { // Python truthiness: NaN prints, 0.0 does not
      out.add(row2f("Accept length:", acceptLength));
    }
    section(out, "End-to-End Latency", "E2E Latency", m.e2eLatencyMs(), false);
    if (generation) {
      section(out, "Time to First Token", "TTFT", m.ttftMs(), false);
      section(out, "Time per Output Token (excl. 1st token)", "TPOT", m.tpotMs(), false);
      section(out, "Inter-Token Latency", "ITL", m.itlMs(), true);
    }
    if (run.cacheReport()) {
      cacheSection(out, m.cacheReport());
    }
    out.add(CLOSING_RULE);
    return lines(out);
  }

  /**
   * Our figures, in the same 40/10 layout under their own title: failures and their top reasons,
   * per-token ITL, TTFT and E2E measured from the scheduled send time, and the queue wait. The
   * token-related sections are left out for embedding backends, as SGLang does for its own.
   */
  public static String extrasBlock(RunInfo run, BenchmarkMetrics m, ScheduleFidelity schedule) {
    return extrasBlock(run, m, schedule, null);
  }

  /**
   * As {@link #extrasBlock(RunInfo, BenchmarkMetrics, ScheduleFidelity)}, with the goodput after the peak overlap
   * when {@code goodput} is set (its req/s only in sglang mode: vLLM's block prints it), titled after the mode's
   * block.
   */
  public static String extrasBlock(RunInfo run, BenchmarkMetrics m, ScheduleFidelity schedule,
      Goodput.Figures goodput) {
    boolean vllm = run.options().get(Compat.OPTION) == Compat.VLLM;
    List<String> out = new ArrayList<>();
    out.add(rule(vllm ? " llmbench: beyond vLLM " : " llmbench: beyond SGLang ", '='));
    if (run.interrupted()) {
      out.add("INTERRUPTED: a signal stopped the run; these figures cover the requests it got through");
    }
    out.add(row("Failed requests:", m.failed()));
    int listed = 0;
    long others = 0;
    for (Map.Entry<String, Long> e : m.errorCounts().entrySet()) {
      if (listed++ < LISTED_ERROR_REASONS) {
        out.add(row(errorLabel(e.getKey()), e.getValue()));
      } else {
        others += e.getValue();
      }
    }
    if (others > 0) {
      out.add(row("  (other reasons):", others));
    }
    out.add(row("Peak overlapping requests:", m.peakOverlappingRequests()));
    if (goodput != null) {
      if (!vllm) {
        out.add(row2f("Request goodput (req/s):", goodput.requestGoodput()));
      }
      out.add(row("Good requests:", goodput.good()));
      out.add(row2f("Good requests (%):", goodput.goodPct()));
    }
    if (!run.embeddingBackend()) {
      section(out, "Per-Token Inter-Token Latency", "per-token ITL", m.perTokenItlMs(), true);
      queueSection(out, "TTFT incl. Queue Wait", "TTFT incl. queue", m.ttftInclQueueMs());
    }
    queueSection(out, "E2E Latency incl. Queue Wait", "E2E incl. queue", m.e2eLatencyInclQueueMs());
    queueSection(out, "Queue Wait (scheduled to sent)", "queue wait", m.queueWaitMs());
    if (schedule != null) {
      scheduleSection(out, schedule);
    }
    if (run.clientLoad() != null) {
      clientSection(out, run.clientLoad());
    }
    out.add(CLOSING_RULE);
    return lines(out);
  }

  /**
   * The steady-state window and its figures, printed after our block: its throughputs, then Mean, Median, P90 and
   * P99 of TTFT, ITL, TPOT and E2E latency (the token sections left out for embedding backends).
   */
  public static String steadyStateBlock(RunInfo run, SteadyState s) {
    List<String> out = new ArrayList<>();
    out.add(rule(" llmbench: steady state ", '='));
    out.add(row("Window (s):", PythonFormat.format(s.startS(), 2) + ".." + PythonFormat.format(s.endS(), 2)
        + " (" + s.mode() + ")"));
    out.add(row("Requests sent in window:", s.requests()));
    out.add(row2f("Request throughput (req/s):", s.requestThroughput()));
    boolean generation = !run.embeddingBackend();
    if (generation) {
      out.add(row2f("Output token throughput (tok/s):", s.outputThroughput()));
      latencyRows(out, "Time to First Token", "TTFT", s.ttftMs(), false, false);
      latencyRows(out, "Inter-Token Latency", "ITL", s.itlMs(), false, false);
      latencyRows(out, "Time per Output Token (excl. 1st token)", "TPOT", s.tpotMs(), false, false);
    }
    latencyRows(out, "End-to-End Latency", "E2E Latency", s.e2eMs(), false, false);
    out.add(CLOSING_RULE);
    return lines(out);
  }

  /** SGLang's latency section: Mean, Median, P90, P95, P99 (and Max for ITL); std never printed. */
  private static void section(
      List<String> out, String title, String name, Distribution d, boolean withMax) {
    latencyRows(out, title, name, d, true, withMax);
  }

  private static void latencyRows(
      List<String> out, String title, String name, Distribution d, boolean withP95, boolean withMax) {
    out.add(rule(title, '-'));
    out.add(row2f("Mean " + name + " (ms):", d.mean()));
    out.add(row2f("Median " + name + " (ms):", d.median()));
    out.add(row2f("P90 " + name + " (ms):", d.p90()));
    if (withP95) {
      out.add(row2f("P95 " + name + " (ms):", d.p95()));
    }
    out.add(row2f("P99 " + name + " (ms):", d.p99()));
    if (withMax) {
      out.add(row2f("Max " + name + " (ms):", d.max()));
    }
  }

  /** §8 "Cache Hit Details": tier lines only when the server sent details and something was cached. */
  private static void cacheSection(List<String> out, CacheReport c) {
    out.add(rule("Cache Hit Details", '-'));
    out.add(row("Total prompt tokens:", c.totalPromptTokens()));
    out.add(row("Total cached tokens:", c.totalCachedTokens()));
    CacheReport.Tiers t = c.totalCachedTokens() > 0 ? c.tiers() : null;
    String storage = t == null ? null
        : t.storageBackend() == null ? "  Storage:" : "  Storage (" + t.storageBackend() + "):";
    if (t != null) {
      out.add(row("  Device:", t.device()));
      out.add(row("  Host:", t.host()));
      if (t.storage() > 0) {
        out.add(row(storage, t.storage()));
      }
    }
    out.add(percentRow("Cache hit rate:", c.hitRatePct()));
    if (t != null) {
      out.add(percentRow("  Device:", c.sharePct(t.device())));
      out.add(percentRow("  Host:", c.sharePct(t.host())));
      if (t.storage() > 0) {
        out.add(percentRow(storage, c.sharePct(t.storage())));
      }
    }
  }

  /** {@code "{:<40} {:.1f}%"}: no value padding, so no trailing spaces. */
  private static String percentRow(String label, double pct) {
    return PythonFormat.ljust(label, LABEL_WIDTH) + " " + PythonFormat.format(pct, 1) + "%";
  }

  /** Our queue sections: Mean, Median, P90, P99, Max. */
  private static void queueSection(List<String> out, String title, String name, Distribution d) {
    latencyRows(out, title, name, d, false, true);
  }

  private static void scheduleSection(List<String> out, ScheduleFidelity s) {
    out.add(rule("Schedule Fidelity", '-'));
    out.add(row2f("Target request rate (req/s):", s.rates().targetRate()));
    out.add(row2f("Achieved request rate (req/s):", s.rates().achievedRate()));
    out.add(row2f("Schedule gap CV:", s.intended().gapCv()));
    out.add(row2f("Median send lag (ms):", s.sendLag().lagP50Ms()));
    out.add(row2f("P99 send lag (ms):", s.sendLag().lagP99Ms()));
    out.add(row2f("Max send lag (ms):", s.sendLag().lagMaxMs()));
    if (s.clientFellBehind()) {
      out.add(String.format(java.util.Locale.ROOT,
          "WARNING: the client fell behind its schedule (P99 send lag %.2f ms > %.2f ms): its own delays are in these figures",
          s.sendLag().lagP99Ms(), s.warnAboveMs()));
    }
    RequestDelivery d = s.delivery();
    out.add(rule("Request Delivery", '-'));
    out.add(row("Connections opened:", d.newConnections()));
    out.add(row("Connections reused:", d.reusedConnections()));
    if (d.resent() > 0) {
      out.add(row("Re-sent on a new connection:", d.resent()));
    }
    out.add(row2f("Median connect and write (ms):", d.connectAndWriteMs().median()));
    out.add(row2f("P99 connect and write (ms):", d.connectAndWriteMs().p99()));
    if (d.anyRefill()) {
      out.add(row2f("Median slot refill (ms):", d.slotRefillMs().median()));
      out.add(row2f("P99 slot refill (ms):", d.slotRefillMs().p99()));
    }
  }

  private static void clientSection(List<String> out, ClientLoad c) {
    out.add(rule("Client", '-'));
    out.add(row2f(c.embeddedMock() ? "Client CPU with the mock (cores):" : "Client CPU (cores):", c.cores()));
    if (c.crowdsTheServer()) {
      out.add(String.format(java.util.Locale.ROOT,
          "WARNING: the client used %.2f of this machine's %d cores, which the server shares: pin them to separate"
              + " cores (taskset; see docs/benchmarks.md)", c.cores(), c.machineCores()));
    }
    if (c.jitCores() != null) {
      out.add(row2f("Client JIT compiling (cores):", c.jitCores()));
    }
  }

  /** "  <reason>:" within the 40-column label, long reasons cut with "...". */
  private static String errorLabel(String reason) {
    int room = LABEL_WIDTH - 3; // two leading spaces and the colon
    if (reason.codePointCount(0, reason.length()) > room) {
      reason = reason.substring(0, reason.offsetByCodePoints(0, room - 3)) + "...";
    }
    return "  " + reason + ":";
  }

  private static String lines(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }
}
