package io.llmbench.schedule;

import io.llmbench.metrics.Stats;

/**
 * Shape of a schedule from its gaps: mean rate = 1 / mean gap = (n − 1) / (last − first), and the gaps'
 * coefficient of variation (population std / mean): 1 for exponential gaps, 1/√burstiness for vLLM's gamma
 * gaps, 0 for constant ones. Fewer than two requests give NaN; a burst gives rate +inf and CV NaN.
 */
public record ScheduleStats(int requests, double meanRate, double gapMeanSeconds, double gapCv) {

  public static ScheduleStats of(ArrivalSchedule schedule) {
    return of(schedule.offsetsNanos());
  }

  /** From intended send times in arrival order (any origin). */
  public static ScheduleStats of(long[] intendedNanos) {
    double[] gaps = ArrivalSchedule.gapsSeconds(intendedNanos);
    if (gaps.length == 0) {
      return new ScheduleStats(intendedNanos.length, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = Stats.mean(gaps);
    return new ScheduleStats(intendedNanos.length, 1 / mean, mean, Stats.std(gaps) / mean);
  }
}
