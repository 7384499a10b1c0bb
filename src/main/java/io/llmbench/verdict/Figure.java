package io.llmbench.verdict;

import io.llmbench.config.Thresholds;
import io.llmbench.metrics.Samples;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** A figure CI gates read: SGLang's four latency families, in ms, and the output token throughput. */
public enum Figure {
  TTFT("TTFT", Samples::ttft),
  ITL("ITL", Samples::itl),
  TPOT("TPOT", Samples::tpot),
  E2E("E2E", Samples::e2e),
  THROUGHPUT("output throughput", Samples::outputTokens);

  private static final List<Stat> COMPARED = Thresholds.COMPARED_STATS.stream().map(Stat::of).toList();

  private final String label;
  private final Function<Samples, double[][]> rows;

  Figure(String label, Function<Samples, double[][]> rows) {
    this.label = label;
    this.rows = rows;
  }

  /** {@code ttft}, as option keys name the metric. */
  public String key() {
    return this == THROUGHPUT ? Thresholds.THROUGHPUT : name().toLowerCase(Locale.ROOT);
  }

  public static Figure of(String key) {
    return key.equals(Thresholds.THROUGHPUT) ? THROUGHPUT : valueOf(key.toUpperCase(Locale.ROOT));
  }

  public String label() {
    return label;
  }

  public String unit() {
    return this == THROUGHPUT ? "tok/s" : "ms";
  }

  /** A larger value is a regression for latencies, a smaller one for throughput. */
  public boolean higherIsBetter() {
    return this == THROUGHPUT;
  }

  /** The statistics a baseline comparison reports: mean, p50, p90, p99; the total for throughput. */
  public List<Stat> compared() {
    return this == THROUGHPUT ? List.of(Stat.TOTAL) : COMPARED;
  }

  /** How a statistic names this figure in gates and tables: {@code p99 TTFT}, {@code output throughput}. */
  public String name(Stat stat) {
    return this == THROUGHPUT ? label : stat.key() + " " + label;
  }

  /** The option key of a statistic of this figure in {@code max-regression-pct}: {@code p99-ttft}. */
  public String regressionKey(Stat stat) {
    return this == THROUGHPUT ? key() : stat.key() + "-" + key();
  }

  /** Each request's values. */
  public double[][] rows(Samples s) {
    return rows.apply(s);
  }

  /**
   * The reported figure from a statistic of the pooled values: seconds become ms after the statistic, as SGLang
   * converts them; the token total is divided by the run's duration.
   */
  public double reported(double statistic, Samples s) {
    return this == THROUGHPUT ? statistic / s.durationS() : statistic * 1000;
  }

  /** The statistics of the whole run, as the console block prints them. */
  public double[] values(Samples s, List<Stat> stats) {
    double[] raw = Stat.all(stats, Samples.pooled(rows(s)));
    double[] out = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      out[i] = reported(raw[i], s);
    }
    return out;
  }

  public boolean measured(Samples s) {
    return Samples.pooled(rows(s)).length > 0;
  }
}
