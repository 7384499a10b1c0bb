package io.llmbench.report.html;

import io.llmbench.metrics.Distribution;
import java.util.Arrays;

/**
 * One latency distribution as the page draws it: equal bins from the smallest value to a little past the P99, the
 * rest counted in the last bin (a long tail would otherwise squeeze the body into one bar); starting at the smallest
 * value rather than 0 keeps a tight distribution (TPOT on a steady server) from being one bar at the right edge.
 *
 * @param fromMs where the first bin starts
 * @param widthMs the width of one bin
 * @param counts values per bin; the last also holds every value beyond it
 * @param stats mean, median, P90, P95, P99 and max of the same values
 */
record Histogram(double fromMs, double widthMs, long[] counts, Distribution stats) {
  static final int BINS = 60;
  /** The bins reach this far past the P99. */
  private static final double RANGE_OVER_P99 = 1.25;

  static Histogram of(double[] valuesMs) {
    Distribution stats = Distribution.of(valuesMs);
    double from = Arrays.stream(valuesMs).min().orElse(0);
    double top = Math.min(stats.max(), from + (stats.p99() - from) * RANGE_OVER_P99);
    double width = top > from ? (top - from) / BINS : 1;
    long[] counts = new long[valuesMs.length == 0 ? 0 : BINS];
    for (double v : valuesMs) {
      counts[(int) Math.min(BINS - 1, Math.max(0, Math.floor((v - from) / width)))]++;
    }
    return new Histogram(from, width, counts, stats);
  }
}
