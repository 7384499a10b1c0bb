package io.llmbench.metrics;

import java.util.Arrays;

/** The statistics SGLang reports for one latency family; all 0 for an empty population. */
public record Distribution(
    double mean, double median, double std, double p90, double p95, double p99, double max) {

  public static final Distribution EMPTY = new Distribution(0, 0, 0, 0, 0, 0, 0);

  /**
   * Statistics of {@code values} as NumPy computes them. Mean and std are order-sensitive sums, so
   * they are taken in the given order; the percentiles come from one sorted copy.
   */
  public static Distribution of(double[] values) {
    if (values.length == 0) {
      return EMPTY;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new Distribution(
        Stats.mean(values),
        Stats.medianOfSorted(sorted),
        Stats.std(values),
        Stats.percentileOfSorted(sorted, 90),
        Stats.percentileOfSorted(sorted, 95),
        Stats.percentileOfSorted(sorted, 99),
        Stats.max(values));
  }

  /**
   * Every statistic multiplied by {@code factor}: SGLang converts seconds to milliseconds after the
   * statistic ({@code np.mean(x) * 1000}), which is not always equal to the statistic of x·1000.
   */
  public Distribution scaled(double factor) {
    return new Distribution(
        mean * factor, median * factor, std * factor, p90 * factor, p95 * factor, p99 * factor,
        max * factor);
  }
}
