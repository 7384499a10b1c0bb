package io.llmbench.schedule;

/** Evenly spaced arrivals: request i at i/rate, the first at t=0; rate = +inf is one burst. */
public record ConstantProfile(double rate) implements ArrivalProfile {
  public ConstantProfile {
    Options.rate("request-rate", rate);
  }

  @Override
  public ArrivalSchedule schedule(int n, long seed) {
    if (Double.isInfinite(rate)) {
      return ArrivalSchedule.burst(n);
    }
    long[] offsets = new long[Options.count(n)];
    for (int i = 0; i < n; i++) {
      // i / rate rather than a running sum, so rounding never accumulates
      offsets[i] = ArrivalSchedule.nanos(i / rate);
    }
    return ArrivalSchedule.atRate(offsets, rate);
  }
}
