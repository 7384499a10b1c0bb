package io.llmbench.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.metrics.Stats;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GammaSamplerTest {
  private static final int N = 200_000;

  private static double[] draw(double shape, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = GammaSampler.sample(random, shape);
    }
    return x;
  }

  /** Gamma(k, 1): mean k, variance k; checked to 4 standard errors, both the boost (k < 1) and the main path. */
  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.25, 0.5, 1, 4, 50})
  void meanAndVarianceAreTheShape(double k) {
    double[] x = draw(k, 11);
    assertTrue(Arrays.stream(x).allMatch(v -> v >= 0 && Double.isFinite(v)));
    double mean = Stats.mean(x);
    double var = Math.pow(Stats.std(x), 2);
    double meanSe = Math.sqrt(k / N);
    // Var of the sample variance ≈ σ⁴ (κ − 1) / n with kurtosis κ = 3 + 6/k
    double varSe = k * Math.sqrt((2 + 6 / k) / N);
    assertEquals(k, mean, 4 * meanSe);
    assertEquals(k, var, 4 * varSe);
  }

  /** Shape 2 has a closed-form CDF, 1 − e^−x (1 + x): checks the shape of the distribution, not only moments. */
  @ParameterizedTest
  @ValueSource(doubles = {0.5, 1, 2, 4})
  void shapeTwoFollowsItsCdf(double x) {
    double[] s = draw(2, 5);
    double expected = 1 - Math.exp(-x) * (1 + x);
    double below = Arrays.stream(s).filter(v -> v <= x).count() / (double) N;
    assertEquals(expected, below, 4 * Math.sqrt(expected * (1 - expected) / N));
  }
}
