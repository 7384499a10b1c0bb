package io.llmbench.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GammaProfileTest {

  /** vLLM's rescale: the last arrival exactly at N/rate, the first one gap after t=0. */
  @Test
  void lastArrivalLandsExactlyAtNOverRate() {
    for (double burstiness : new double[] {0.25, 1, 4}) {
      ArrivalSchedule s = new GammaProfile(7.5, burstiness).schedule(1000, 3);
      assertEquals(Math.round(1000 / 7.5 * 1e9), s.offsetNanos(999), 1);
      assertTrue(s.offsetNanos(0) > 0);
      assertEquals(7.5, s.targetRate(500));
      assertEquals(0, s.rateChanges().size());
    }
  }

  /** Gamma gaps with shape B have CV 1/√B; the rescale multiplies every gap by one factor, so the CV stays. */
  @ParameterizedTest
  @CsvSource({"1, 1", "0.25, 2", "4, 0.5", "16, 0.25"})
  void gapCoefficientOfVariationIsOneOverRootBurstiness(double burstiness, double expectedCv) {
    ScheduleStats stats = ScheduleStats.of(new GammaProfile(20, burstiness).schedule(20_000, 42));
    assertEquals(expectedCv, stats.gapCv(), 0.05 * expectedCv);
    assertEquals(20, stats.meanRate(), 0.2);
  }

  /** Before the rescale the arrivals sum to N/rate up to noise (SE = √(N/B)/rate), so the factor stays near 1. */
  @Test
  void unscaledSumOfGapsIsNOverRateWithinFourStandardErrors() {
    int n = 20_000;
    double rate = 20;
    for (double burstiness : new double[] {0.25, 1, 4}) {
      double[] rates = new double[n];
      Arrays.fill(rates, rate);
      double last = GammaProfile.cumulativeGaps(rates, burstiness, 9)[n - 1];
      assertEquals(n / rate, last, 4 * Math.sqrt(n / burstiness) / rate);
    }
  }

  @Test
  void infiniteBurstinessIsEvenlySpacedEndingAtNOverRate() {
    ArrivalSchedule s = new GammaProfile(4, Double.POSITIVE_INFINITY).schedule(100, 1);
    for (int i = 0; i < 100; i++) {
      assertEquals(Math.round((i + 1) / 4.0 * 1e9), s.offsetNanos(i), 1);
    }
  }

  @Test
  void infiniteRateIsOneBurst() {
    assertEquals(ArrivalSchedule.burst(50), new GammaProfile(Double.POSITIVE_INFINITY, 0.5).schedule(50, 1));
  }

  @Test
  void sameSeedSameScheduleOtherSeedOtherSchedule() {
    GammaProfile p = new GammaProfile(4, 0.5);
    assertEquals(p.schedule(500, 7), p.schedule(500, 7));
    assertNotEquals(p.schedule(500, 7), p.schedule(500, 8));
  }
}
