package io.llmbench.gatling;

import io.llmbench.schedule.ArrivalSchedule;
import io.llmbench.schedule.RateChange;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out request indexes in arrival order to the workers (C workers = the concurrency cap, or one per request
 * when uncapped). A worker that claims index i sends it at max(intended time of i, now): bench_serving's
 * semaphore semantics, FIFO by arrival, but on an absolute clock so the client's lag never accumulates.
 */
final class Dispatcher {
  static final int NONE = -1;
  private final ArrivalSchedule schedule;
  private final long leadNanos;
  private final Runnable beforeClock;
  private final AtomicInteger next = new AtomicInteger();
  /** The first request of each step of a ramp, by index. */
  private final Map<Integer, RateChange> rateChanges = new HashMap<>();
  private volatile long originNanos;

  /**
   * @param leadNanos time between the first claim and t=0 of the schedule, so every worker is up by then
   * @param beforeClock run once at the first claim, before the clock starts (cache flush, profiler start):
   *     nothing of this phase is in flight yet, so blocking here costs no measurement
   */
  Dispatcher(ArrivalSchedule schedule, long leadNanos, Runnable beforeClock) {
    this.schedule = schedule;
    this.leadNanos = leadNanos;
    this.beforeClock = beforeClock;
    int i = 0;
    for (RateChange change : schedule.rateChanges()) {
      while (i < schedule.size() && schedule.offsetNanos(i) < change.offsetNanos()) {
        i++;
      }
      rateChanges.put(i, change);
    }
  }

  /** The ramp step request {@code index} starts, if it starts one: logged when it is sent, as vLLM does. */
  Optional<RateChange> rateChangeAt(int index) {
    return Optional.ofNullable(rateChanges.get(index));
  }

  /** The next index to send, or {@link #NONE} when every request has been claimed. */
  int claim() {
    if (originNanos == 0) {
      startClock();
    }
    int i = next.getAndIncrement();
    return i < schedule.size() ? i : NONE;
  }

  private synchronized void startClock() {
    if (originNanos == 0) {
      beforeClock.run();
      originNanos = System.nanoTime() + leadNanos;
    }
  }

  long scheduledNanos(int index) {
    return originNanos + schedule.offsetNanos(index);
  }

  /** t=0 of the schedule (SGLang's benchmark start), or 0 before the first claim. */
  long originNanos() {
    return originNanos;
  }

  int size() {
    return schedule.size();
  }
}
