package io.llmbench.schedule;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Intended send times of a run, as nanosecond offsets from the start of the measured phase, computed before
 * load starts so that the client's own lag can never shift later arrivals (unlike the reference's relative sleeps).
 */
public final class ArrivalSchedule {
  private final long[] offsetsNanos;

  private ArrivalSchedule(long[] offsetsNanos) {
    this.offsetsNanos = offsetsNanos;
  }

  /**
   * SGLang's arrival process: the first request at t=0, then i.i.d. exponential gaps of mean 1/rate, seeded;
   * rate = +inf sends everything at t=0 (one burst).
   */
  public static ArrivalSchedule poisson(int n, double ratePerSecond, long seed) {
    if (Double.isInfinite(ratePerSecond)) {
      return burst(n);
    }
    SplittableRandom random = new SplittableRandom(seed);
    long[] offsets = new long[n];
    double t = 0;
    for (int i = 0; i < n; i++) {
      offsets[i] = Math.round(t * 1e9);
      t += -Math.log(1.0 - random.nextDouble()) / ratePerSecond;
    }
    return new ArrivalSchedule(offsets);
  }

  public static ArrivalSchedule burst(int n) {
    return new ArrivalSchedule(new long[n]);
  }

  public int size() {
    return offsetsNanos.length;
  }

  public long offsetNanos(int index) {
    return offsetsNanos[index];
  }

  /** Gaps between consecutive arrivals in seconds (n−1 values), for statistics. */
  public double[] gapsSeconds() {
    double[] gaps = new double[Math.max(0, offsetsNanos.length - 1)];
    for (int i = 1; i < offsetsNanos.length; i++) {
      gaps[i - 1] = (offsetsNanos[i] - offsetsNanos[i - 1]) / 1e9;
    }
    return gaps;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArrivalSchedule other && Arrays.equals(offsetsNanos, other.offsetsNanos);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(offsetsNanos);
  }
}
