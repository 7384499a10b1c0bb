package io.llmbench.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

  @Test
  void poissonStartsAtZeroWithTheRequestedMeanRateAndExponentialGaps() {
    int n = 20_000;
    double rate = 8.0;
    ArrivalSchedule s = ArrivalSchedule.poisson(n, rate, 42);
    assertEquals(0, s.offsetNanos(0));
    ScheduleStats stats = ScheduleStats.of(s);
    // mean gap 1/rate within 3 % (≈ 4 standard errors), coefficient of variation of an exponential = 1
    assertEquals(1 / rate, stats.gapMeanSeconds(), 0.03 / rate);
    assertEquals(1.0, stats.gapCv(), 0.05);
    assertEquals(rate, s.targetRate(n - 1));
    assertEquals(0, s.rateChanges().size());
    double[] gaps = s.gapsSeconds();
    // exponential: P(gap > mean) = e^-1
    long above = java.util.Arrays.stream(gaps).filter(g -> g > 1 / rate).count();
    assertEquals(Math.exp(-1), above / (double) gaps.length, 0.02);
  }

  @Test
  void sameSeedSameScheduleOtherSeedOtherSchedule() {
    assertEquals(ArrivalSchedule.poisson(500, 4, 7), ArrivalSchedule.poisson(500, 4, 7));
    assertNotEquals(ArrivalSchedule.poisson(500, 4, 7), ArrivalSchedule.poisson(500, 4, 8));
  }

  @Test
  void infiniteRateIsOneBurst() {
    ArrivalSchedule s = ArrivalSchedule.poisson(100, Double.POSITIVE_INFINITY, 1);
    assertEquals(100, s.size());
    for (int i = 0; i < 100; i++) {
      assertEquals(0, s.offsetNanos(i));
    }
  }

  @Test
  void offsetsNeverDecrease() {
    ArrivalSchedule s = ArrivalSchedule.poisson(1000, 100, 3);
    for (int i = 1; i < s.size(); i++) {
      assertEquals(true, s.offsetNanos(i) >= s.offsetNanos(i - 1));
    }
  }
}
