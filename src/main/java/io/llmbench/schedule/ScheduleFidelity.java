package io.llmbench.schedule;

/**
 * Whether the client kept to its schedule, so nobody publishes a number the load generator distorted.
 *
 * @param intended the shape of the schedule itself (mean rate, gap coefficient of variation)
 * @param rates intended vs actual send times: target and achieved request rate (lag here includes time queued
 *     behind {@code max-concurrency}, which is the server's doing, not the client's)
 * @param sendLag ready vs actual send times, ready = max(intended time, a concurrency slot free): the client's own
 *     dispatch lag
 * @param warnAboveMs a send-lag p99 above this means the client fell behind
 * @param delivery the connect and write after each send, and how long slots stood empty between streams
 */
public record ScheduleFidelity(ScheduleStats intended, LagStats rates, LagStats sendLag, double warnAboveMs,
    RequestDelivery delivery) {
  public static final double DEFAULT_WARN_ABOVE_MS = 5.0;

  public boolean clientFellBehind() {
    return sendLag.fellBehind(warnAboveMs);
  }
}
