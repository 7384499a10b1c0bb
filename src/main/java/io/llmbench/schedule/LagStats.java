package io.llmbench.schedule;

import io.llmbench.metrics.Stats;
import java.util.Arrays;

/**
 * How well a run kept to its schedule. Lag = actual − intended send time of each request (negative = early);
 * percentiles as {@code np.percentile} (linear). Rates are (n − 1) / span of the send times, the same estimator
 * for both, so achieved / target is 1 for a client that kept up whatever the profile.
 */
public record LagStats(
    int requests, double lagP50Ms, double lagP99Ms, double lagMaxMs, double targetRate, double achievedRate) {

  /**
   * @param intendedNanos intended send times, e.g. {@link ArrivalSchedule#offsetsNanos()}
   * @param actualNanos actual send times of the same requests (same index), on the same clock and origin
   */
  public static LagStats of(long[] intendedNanos, long[] actualNanos) {
    if (intendedNanos.length != actualNanos.length) {
      throw new IllegalArgumentException(
          intendedNanos.length + " intended but " + actualNanos.length + " actual send times");
    }
    int n = intendedNanos.length;
    if (n == 0) {
      throw new IllegalArgumentException("no send times");
    }
    double[] lagsMs = new double[n];
    for (int i = 0; i < n; i++) {
      lagsMs[i] = (actualNanos[i] - intendedNanos[i]) / 1e6;
    }
    Arrays.sort(lagsMs);
    return new LagStats(n, Stats.percentileOfSorted(lagsMs, 50), Stats.percentileOfSorted(lagsMs, 99),
        lagsMs[n - 1], rate(intendedNanos), rate(actualNanos));
  }

  /** Whether the client fell behind its schedule: lag p99 above {@code thresholdMs}. */
  public boolean fellBehind(double thresholdMs) {
    return lagP99Ms > thresholdMs;
  }

  /** (n − 1) / (latest − earliest) per second; actual sends need not be in index order. +inf for a burst. */
  private static double rate(long[] timesNanos) {
    if (timesNanos.length < 2) {
      return Double.NaN;
    }
    long min = Arrays.stream(timesNanos).min().getAsLong();
    long max = Arrays.stream(timesNanos).max().getAsLong();
    return (timesNanos.length - 1) / ((max - min) / 1e9);
  }
}
