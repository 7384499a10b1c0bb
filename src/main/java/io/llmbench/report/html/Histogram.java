package io.llmbench.report.html;

import io.llmbench.metrics.Distribution;

/**
 * One latency distribution as the page draws it: equal bins from 0 to a little past the P99, the rest counted in
 * the last bin (a long tail would otherwise squeeze the body into one bar), and SGLang's statistics to mark.
 *
 * @param widthMs the width of one bin
 * @param counts values per bin; the last also holds every value beyond it
 * @param stats mean, median, P90, P95, P99 and max of the same values
 */
record Histogram(double widthMs, long[] counts, Distribution stats) {
  static final int BINS = 60;
  /** The bins reach this far past the P99. */
  private static final double RANGE_OVER_P99 = 1.25;

  static Histogram of(double[] valuesMs) {
    Distribution stats = Distribution.of(valuesMs);
    double top = Math.min(stats.max(), stats.p99() * RANGE_OVER_P99);
    double width = top > 0 ? top / BINS : 1;
    long[] counts = new long[valuesMs.length == 0 ? 0 : BINS];
    for (double v : valuesMs) {
      counts[(int) Math.min(BINS - 1, Math.max(0, Math.floor(v / width)))]++;
    }
    return new Histogram(width, counts, stats);
  }
}
