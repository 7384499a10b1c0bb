package io.llmbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected values follow NumPy's definitions and were worked out by hand. */
class StatsTest {
  private static final double[] ONE_TO_FOUR = {4, 1, 3, 2};
  private static final double[] SORTED_ONE_TO_FOUR = {1, 2, 3, 4};

  @Test
  void populationStd() {
    assertEquals(2.0, Stats.std(new double[] {2, 4, 4, 4, 5, 5, 7, 9}));
    assertEquals(Math.sqrt(1.25), Stats.std(ONE_TO_FOUR));
    assertEquals(0.0, Stats.std(new double[] {7}));
  }

  @Test
  void linearPercentilesWithNumpysLerp() {
    assertEquals(3.7, Stats.percentileOfSorted(SORTED_ONE_TO_FOUR, 90));
    // index 2.8499999999999996: 4 − 1·(1 − 0.8499999999999996)
    assertEquals(3.8499999999999996, Stats.percentileOfSorted(SORTED_ONE_TO_FOUR, 95));
    assertEquals(3.9699999999999998, Stats.percentileOfSorted(SORTED_ONE_TO_FOUR, 99));
    assertEquals(2.5, Stats.percentileOfSorted(SORTED_ONE_TO_FOUR, 50));
    assertEquals(4.0, Stats.percentileOfSorted(SORTED_ONE_TO_FOUR, 100));
    assertEquals(1.0, Stats.percentileOfSorted(SORTED_ONE_TO_FOUR, 0));
    assertEquals(5.0, Stats.percentileOfSorted(new double[] {5}, 90));
  }

  @Test
  void medianOfEvenCountIsMeanOfMiddlePair() {
    assertEquals(2.5, Stats.medianOfSorted(SORTED_ONE_TO_FOUR));
    assertEquals(2.0, Stats.medianOfSorted(new double[] {1, 2, 3}));
    assertEquals(0.375, Stats.medianOfSorted(new double[] {0.25, 0.5}));
  }

  @Test
  void meanUsesNumpysPairwiseSummation() {
    // Eight accumulators, combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)), then the ninth value:
    // 1e16+1 rounds to 1e16 (tie to even), +2, +4 → 1e16+6, +1 → 1e16+8 (tie to even).
    // A left-to-right sum loses every 1 and stays at 1e16.
    double[] values = {1e16, 1, 1, 1, 1, 1, 1, 1, 1};
    assertEquals(1.0000000000000008e16, Stats.sum(values));
    assertEquals(1.0000000000000008e16 / 9, Stats.mean(values));
    assertEquals(2.5, Stats.mean(ONE_TO_FOUR));
  }

  @Test
  void emptyArraysGiveZero() {
    double[] empty = {};
    assertEquals(0.0, Stats.sum(empty));
    assertEquals(0.0, Stats.mean(empty));
    assertEquals(0.0, Stats.std(empty));
    assertEquals(0.0, Stats.max(empty));
    assertEquals(0.0, Stats.medianOfSorted(empty));
    assertEquals(0.0, Stats.percentileOfSorted(empty, 99));
    assertEquals(Distribution.EMPTY, Distribution.of(empty));
  }

  @Test
  void distributionScalesAfterTheStatistic() {
    Distribution d = Distribution.of(ONE_TO_FOUR);
    assertEquals(new Distribution(2.5, 2.5, Math.sqrt(1.25), 3.7, 3.8499999999999996, 3.9699999999999998, 4), d);
    assertEquals(3.8499999999999996 * 1000, d.scaled(1000).p95());
    assertEquals(4000.0, d.scaled(1000).max());
  }
}
