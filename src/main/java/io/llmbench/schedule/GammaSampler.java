package io.llmbench.schedule;

import java.util.random.RandomGenerator;

/**
 * Gamma(shape, 1) variates by Marsaglia and Tsang (2000), "A simple method for generating gamma variables",
 * ACM TOMS 26(3): a squeeze-and-reject on a transformed normal for shape ≥ 1, and their boost
 * G(a) = G(a + 1)·U^(1/a) for shape &lt; 1. Scale by multiplying the result.
 */
final class GammaSampler {
  private GammaSampler() {}

  static double sample(RandomGenerator random, double shape) {
    if (shape < 1) {
      // 1 − U lies in (0, 1], so the power never makes a gap of exactly 0 out of a U of 0
      return sample(random, shape + 1) * Math.pow(1.0 - random.nextDouble(), 1.0 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1.0 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = random.nextGaussian();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = 1.0 - random.nextDouble();
      double x2 = x * x;
      // cheap squeeze first; the log test is exact acceptance
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
