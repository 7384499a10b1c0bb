package io.llmbench.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * vLLM's ramp-up ({@code --ramp-up-strategy linear|exponential --ramp-up-start-rps S --ramp-up-end-rps E}), as in
 * {@code _get_current_request_rate}, {@code get_request} and {@code benchmark} of
 * {@code vllm/benchmarks/serve.py} @ 009e6d4a (peer-tools.md §3.1):
 * <ul>
 *   <li>the rate is a function of the request index, not of time: progress_i = i / max(N − 1, 1), linear
 *       r_i = S + (E − S)·progress_i, exponential r_i = S·(E/S)^progress_i; so r_0 = S and r_{N−1} = E;
 *   <li>gap_i ~ Gamma(shape = burstiness, scale = 1/(r_i·burstiness)) (1/r_i when burstiness = inf), arrival_i =
 *       gap_0 + … + gap_i, with no rescale (the total duration is whatever the ramp sums to);
 *   <li>{@code rps_change_events}: int(S) at t=0, then each time int(r_i) rises at request i, one event per
 *       integer passed, all at the time of request i ({@link ArrivalSchedule#rateChanges()}).
 * </ul>
 * vLLM refuses a start of 0 for exponential and asserts every r_i &gt; 0, so both strategies need S &gt; 0 here.
 */
public record RampUpProfile(Strategy strategy, double startRps, double endRps, double burstiness)
    implements ArrivalProfile {

  public enum Strategy {
    LINEAR,
    EXPONENTIAL;

    double rate(double start, double end, double progress) {
      return this == LINEAR ? start + (end - start) * progress : start * Math.pow(end / start, progress);
    }
  }

  public RampUpProfile {
    Objects.requireNonNull(strategy, "strategy");
    Options.positiveFinite("ramp-up-start-rps", startRps);
    Options.positiveFinite("ramp-up-end-rps", endRps);
    if (startRps > endRps) {
      throw Options.invalid("ramp-up-start-rps", startRps, "must be ≤ ramp-up-end-rps (" + endRps + ")");
    }
    Options.burstiness(burstiness);
  }

  /** The target rate of request {@code index} of {@code n}. */
  public double rateAt(int index, int n) {
    return strategy.rate(startRps, endRps, index / (double) Math.max(n - 1, 1));
  }

  @Override
  public ArrivalSchedule schedule(int n, long seed) {
    double[] rates = new double[Options.count(n)];
    for (int i = 0; i < n; i++) {
      rates[i] = rateAt(i, n);
    }
    long[] offsets = ArrivalSchedule.nanos(GammaProfile.cumulativeGaps(rates, burstiness, seed));
    return new ArrivalSchedule(offsets, rates, rateChanges(offsets, rates));
  }

  private List<RateChange> rateChanges(long[] offsets, double[] rates) {
    List<RateChange> changes = new ArrayList<>();
    int last = (int) startRps;
    changes.add(new RateChange(0, last));
    for (int i = 0; i < rates.length; i++) {
      int current = (int) rates[i];
      for (int rps = last + 1; rps <= current; rps++) {
        changes.add(new RateChange(offsets[i], rps));
      }
      last = Math.max(last, current);
    }
    return changes;
  }
}
