package io.llmbench.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScheduleStatsTest {

  @Test
  void gapsOfOneAndTwoSeconds() {
    ScheduleStats stats = ScheduleStats.of(new TraceProfile(new long[] {0, 1000, 3000}, 1).schedule(3, 0));
    assertEquals(3, stats.requests());
    assertEquals(1.5, stats.gapMeanSeconds(), 1e-12);
    assertEquals(1 / 1.5, stats.meanRate(), 1e-12);
    assertEquals(0.5 / 1.5, stats.gapCv(), 1e-12); // population std of {1, 2} = 0.5
  }

  @Test
  void burstAndSingleRequestEdgeCases() {
    ScheduleStats burst = ScheduleStats.of(ArrivalSchedule.burst(4));
    assertEquals(Double.POSITIVE_INFINITY, burst.meanRate());
    assertTrue(Double.isNaN(burst.gapCv()));
    assertTrue(Double.isNaN(ScheduleStats.of(ArrivalSchedule.burst(1)).meanRate()));
  }
}
