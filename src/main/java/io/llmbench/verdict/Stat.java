package io.llmbench.verdict;

import io.llmbench.metrics.Stats;
import java.util.Arrays;
import java.util.Locale;

/** A statistic of one figure's pooled values, computed as SGLang's (NumPy's) is. */
public enum Stat {
  MEAN, P50, P75, P90, P95, P99, MAX,
  /** The sum: throughput is a run's total output tokens over its duration. */
  TOTAL;

  /** The name in option keys and reports: {@code mean}, {@code p99}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Stat of(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }

  /** This statistic of {@code values} in their given order, with {@code sorted} the same values ascending. */
  public double of(double[] values, double[] sorted) {
    return switch (this) {
      case MEAN -> Stats.mean(values);
      case P50 -> Stats.medianOfSorted(sorted);
      case MAX -> Stats.max(values);
      case TOTAL -> Stats.sum(values);
      default -> Stats.percentileOfSorted(sorted, Integer.parseInt(key().substring(1)));
    };
  }

  /** Each of {@code stats} of {@code values}, sorting once. */
  public static double[] all(java.util.List<Stat> stats, double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return stats.stream().mapToDouble(s -> s.of(values, sorted)).toArray();
  }
}
