package io.llmbench.schedule;

import java.util.Arrays;
import java.util.List;

/**
 * Intended send times of a run, as nanosecond offsets from the start of the measured phase, computed before
 * load starts so that the client's own lag can never shift later arrivals (unlike the reference's relative sleeps).
 * Each request also carries the target rate it was generated for, so a ramp can be logged as it runs.
 * Built by an {@link ArrivalProfile}.
 */
public final class ArrivalSchedule {
  private final long[] offsetsNanos;
  private final double[] targetRates;
  private final List<RateChange> rateChanges;

  /** Takes ownership of both arrays (same length, offsets non-decreasing). */
  ArrivalSchedule(long[] offsetsNanos, double[] targetRates, List<RateChange> rateChanges) {
    this.offsetsNanos = offsetsNanos;
    this.targetRates = targetRates;
    this.rateChanges = List.copyOf(rateChanges);
  }

  /** A schedule whose every request targets the same rate (no rate changes to log). */
  static ArrivalSchedule atRate(long[] offsetsNanos, double targetRate) {
    double[] rates = new double[offsetsNanos.length];
    Arrays.fill(rates, targetRate);
    return new ArrivalSchedule(offsetsNanos, rates, List.of());
  }

  /** Seconds → rounded nanoseconds, the one conversion every generator uses. */
  static long nanos(double seconds) {
    return Math.round(seconds * 1e9);
  }

  static long[] nanos(double[] seconds) {
    long[] nanos = new long[seconds.length];
    for (int i = 0; i < seconds.length; i++) {
      nanos[i] = nanos(seconds[i]);
    }
    return nanos;
  }

  /** SGLang's arrival process, see {@link PoissonProfile}. */
  public static ArrivalSchedule poisson(int n, double ratePerSecond, long seed) {
    return new PoissonProfile(ratePerSecond).schedule(n, seed);
  }

  /** Everything at t=0, see {@link BurstProfile}. */
  public static ArrivalSchedule burst(int n) {
    return new BurstProfile().schedule(n, 0);
  }

  public int size() {
    return offsetsNanos.length;
  }

  public long offsetNanos(int index) {
    return offsetsNanos[index];
  }

  /** A copy of all offsets, e.g. the intended times for {@link LagStats#of}. */
  public long[] offsetsNanos() {
    return offsetsNanos.clone();
  }

  /**
   * The rate (requests/s) request {@code index} was generated for: the profile's rate, the ramp's rate at that
   * index, +inf for a burst, NaN for a trace (timestamps carry no rate, as in vLLM's self-timed mode).
   */
  public double targetRate(int index) {
    return targetRates[index];
  }

  /** Integer-RPS steps of a ramp (vLLM's {@code rps_change_events}); empty for every other profile. */
  public List<RateChange> rateChanges() {
    return rateChanges;
  }

  /** Gaps between consecutive arrivals in seconds (n−1 values), for statistics. */
  public double[] gapsSeconds() {
    return gapsSeconds(offsetsNanos);
  }

  /** Gaps between consecutive times (nanoseconds in, seconds out). */
  static double[] gapsSeconds(long[] timesNanos) {
    double[] gaps = new double[Math.max(0, timesNanos.length - 1)];
    for (int i = 1; i < timesNanos.length; i++) {
      gaps[i - 1] = (timesNanos[i] - timesNanos[i - 1]) / 1e9;
    }
    return gaps;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArrivalSchedule other
        && Arrays.equals(offsetsNanos, other.offsetsNanos)
        && Arrays.equals(targetRates, other.targetRates)
        && rateChanges.equals(other.rateChanges);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(offsetsNanos);
  }
}
