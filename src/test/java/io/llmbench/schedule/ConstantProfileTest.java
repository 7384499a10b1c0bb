package io.llmbench.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConstantProfileTest {

  @Test
  void requestIIsAtIOverRateFromZero() {
    ArrivalSchedule s = new ConstantProfile(3).schedule(1000, 1);
    for (int i = 0; i < 1000; i++) {
      assertEquals(Math.round(i / 3.0 * 1e9), s.offsetNanos(i));
    }
    ScheduleStats stats = ScheduleStats.of(s);
    assertEquals(3, stats.meanRate(), 1e-6);
    assertEquals(0, stats.gapCv(), 1e-6); // only nanosecond rounding
  }

  @Test
  void infiniteRateIsOneBurst() {
    assertEquals(ArrivalSchedule.burst(10), new ConstantProfile(Double.POSITIVE_INFINITY).schedule(10, 1));
  }
}
