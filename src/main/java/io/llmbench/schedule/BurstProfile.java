package io.llmbench.schedule;

/** {@code --request-rate inf}: every request intended at t=0 (both references). */
public record BurstProfile() implements ArrivalProfile {
  @Override
  public ArrivalSchedule schedule(int n, long seed) {
    return ArrivalSchedule.atRate(new long[Options.count(n)], Double.POSITIVE_INFINITY);
  }
}
