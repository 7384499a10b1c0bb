package io.llmbench.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LagStatsTest {
  private static final long MS = 1_000_000L;

  @Test
  void lagPercentilesAndRatesOnHandMadeTimes() {
    long[] intended = {0, 100 * MS, 200 * MS, 300 * MS, 400 * MS};
    // lags 3, 1, 4, 2, 100 ms: out of order on purpose, sorted inside
    long[] actual = {3 * MS, 101 * MS, 204 * MS, 302 * MS, 500 * MS};
    LagStats lag = LagStats.of(intended, actual);
    assertEquals(5, lag.requests());
    assertEquals(3, lag.lagP50Ms(), 1e-9);
    assertEquals(4 + 96 * 0.96, lag.lagP99Ms(), 1e-9); // np.percentile: index 3.96 between 4 and 100
    assertEquals(100, lag.lagMaxMs(), 1e-9);
    assertEquals(10, lag.targetRate(), 1e-9); // 4 gaps in 0.4 s
    assertEquals(4 / 0.497, lag.achievedRate(), 1e-9);
    assertTrue(lag.fellBehind(50));
    assertFalse(lag.fellBehind(100));
  }

  @Test
  void earlySendsAreNegativeLagAndUnorderedSendsUseTheirSpan() {
    long[] intended = {0, 10 * MS, 20 * MS};
    long[] actual = {25 * MS, 9 * MS, 5 * MS};
    LagStats lag = LagStats.of(intended, actual);
    assertEquals(-1, lag.lagP50Ms(), 1e-9);
    assertEquals(25, lag.lagMaxMs(), 1e-9);
    assertEquals(2 / 0.020, lag.achievedRate(), 1e-9);
    assertFalse(lag.fellBehind(30));
  }

  @Test
  void aBurstHasInfiniteRates() {
    LagStats lag = LagStats.of(new long[3], new long[3]);
    assertEquals(Double.POSITIVE_INFINITY, lag.targetRate());
    assertEquals(0, lag.lagP99Ms());
  }

  @Test
  void rejectsMismatchedOrEmptyArrays() {
    assertThrows(IllegalArgumentException.class, () -> LagStats.of(new long[2], new long[3]));
    assertThrows(IllegalArgumentException.class, () -> LagStats.of(new long[0], new long[0]));
  }
}
