package io.llmbench.schedule;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * vLLM's arrival process ({@code vllm bench serve --request-rate R --burstiness B}), as in {@code get_request} of
 * {@code vllm/benchmarks/serve.py} @ 009e6d4a (peer-tools.md §3.1, §7):
 * <ol>
 *   <li>one gap per request, gap_i ~ Gamma(shape = B, scale = 1/(R·B)), mean 1/R, coefficient of variation
 *       1/√B (B = 1 is vLLM's Poisson process, B = inf a constant gap of 1/R);
 *   <li>arrival_i = gap_0 + … + gap_i, so the first request waits one gap (it is not at t=0);
 *   <li>every arrival is multiplied by (N/R) / arrival_{N−1}, so the last lands exactly at N/R and the
 *       throughput of a run does not depend on the seed.
 * </ol>
 * R = +inf is one burst. Same distribution as vLLM, not the same numbers: NumPy's generator is not reproduced.
 */
public record GammaProfile(double rate, double burstiness) implements ArrivalProfile {
  public GammaProfile {
    Options.rate("request-rate", rate);
    Options.burstiness(burstiness);
  }

  @Override
  public ArrivalSchedule schedule(int n, long seed) {
    if (Double.isInfinite(rate)) {
      return ArrivalSchedule.burst(n);
    }
    double[] rates = new double[Options.count(n)];
    Arrays.fill(rates, rate);
    double[] arrivals = cumulativeGaps(rates, burstiness, seed);
    if (n > 0 && arrivals[n - 1] != 0) {
      double normalize = (n / rate) / arrivals[n - 1];
      for (int i = 0; i < n; i++) {
        arrivals[i] *= normalize;
      }
    }
    return new ArrivalSchedule(ArrivalSchedule.nanos(arrivals), rates, List.of());
  }

  /**
   * Steps 1–2 above with a per-request rate (finite, positive): arrival i = Σ_{j ≤ i} gap_j, gap_j drawn at
   * rates[j]. Shared with {@link RampUpProfile}, which is the same loop without the rescale.
   */
  static double[] cumulativeGaps(double[] rates, double burstiness, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] arrivals = new double[rates.length];
    double t = 0;
    for (int i = 0; i < rates.length; i++) {
      t += Double.isInfinite(burstiness)
          ? 1.0 / rates[i]
          : GammaSampler.sample(random, burstiness) / (rates[i] * burstiness);
      arrivals[i] = t;
    }
    return arrivals;
  }
}
