package io.llmbench.verdict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.metrics.Samples;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {
  /** n requests whose TTFT (s) is {@code center} ± uniform noise of {@code spread}, with two 10 ms gaps each. */
  static Samples run(int n, double center, double spread, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] ttft = new double[n][];
    double[][] itl = new double[n][];
    double[][] tpot = new double[n][];
    double[][] e2e = new double[n][];
    double[][] tokens = new double[n][];
    for (int i = 0; i < n; i++) {
      double t = center + spread * (random.nextDouble() - 0.5);
      ttft[i] = new double[] {t};
      itl[i] = new double[] {0.010, 0.010};
      tpot[i] = new double[] {0.010};
      e2e[i] = new double[] {t + 0.020};
      tokens[i] = new double[] {3};
    }
    return new Samples(n * 0.1, 0, ttft, itl, tpot, e2e, tokens);
  }

  @Test
  void aDoubledTtftIsASignificantChangeOfEveryStatistic() {
    Bootstrap.Interval[] diff = Bootstrap.differences(Figure.TTFT, run(50, 0.050, 0.010, 1), run(50, 0.100, 0.010, 2),
        Bootstrap.RESAMPLES, Bootstrap.SEED);
    assertEquals(4, diff.length, "mean, p50, p90, p99");
    for (Bootstrap.Interval d : diff) {
      assertTrue(d.excludesZero() && d.low() > 40 && d.high() < 60, d.toString());
    }
  }

  @Test
  void twoRunsOfTheSameDistributionDoNotDifferSignificantly() {
    Bootstrap.Interval[] diff = Bootstrap.differences(Figure.TTFT, run(50, 0.050, 0.010, 1), run(50, 0.050, 0.010, 2),
        Bootstrap.RESAMPLES, Bootstrap.SEED);
    for (Bootstrap.Interval d : diff) {
      assertFalse(d.excludesZero(), d.toString());
    }
  }

  @Test
  void identicalRunsGiveAZeroWidthIntervalAtZeroAndTheSameSeedTheSameInterval() {
    Samples a = run(20, 0.050, 0.010, 7);
    Bootstrap.Interval[] same = Bootstrap.differences(Figure.ITL, a, a, 200, 1);
    assertEquals(new Bootstrap.Interval(0, 0), same[0], "constant gaps: every resample has the same mean");
    assertArrayEquals(Bootstrap.differences(Figure.TTFT, a, run(20, 0.06, 0.01, 8), 200, 1),
        Bootstrap.differences(Figure.TTFT, a, run(20, 0.06, 0.01, 8), 200, 1));
  }

  @Test
  void throughputIsTheResampledTokenTotalOverEachRunsDuration() {
    Samples a = run(10, 0.050, 0, 1);
    assertArrayEquals(new double[] {30 / 1.0}, Figure.THROUGHPUT.values(a, Figure.THROUGHPUT.compared()));
    Bootstrap.Interval[] diff = Bootstrap.differences(Figure.THROUGHPUT, a, a, 100, 1);
    assertEquals(new Bootstrap.Interval(0, 0), diff[0], "every request has 3 tokens");
  }
}
