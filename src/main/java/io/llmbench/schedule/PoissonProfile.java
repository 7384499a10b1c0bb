package io.llmbench.schedule;

import java.util.SplittableRandom;

/**
 * SGLang's arrival process ({@code bench_serving --request-rate}): the first request at t=0, then i.i.d.
 * exponential gaps of mean 1/rate, seeded; rate = +inf sends everything at t=0 (one burst). Unlike vLLM's
 * ({@link GammaProfile}) the total duration is random: nothing is rescaled.
 */
public record PoissonProfile(double rate) implements ArrivalProfile {
  public PoissonProfile {
    Options.rate("request-rate", rate);
  }

  @Override
  public ArrivalSchedule schedule(int n, long seed) {
    Options.count(n);
    if (Double.isInfinite(rate)) {
      return ArrivalSchedule.burst(n);
    }
    SplittableRandom random = new SplittableRandom(seed);
    long[] offsets = new long[n];
    double t = 0;
    for (int i = 0; i < n; i++) {
      offsets[i] = ArrivalSchedule.nanos(t);
      t += -Math.log(1.0 - random.nextDouble()) / rate;
    }
    return ArrivalSchedule.atRate(offsets, rate);
  }
}
