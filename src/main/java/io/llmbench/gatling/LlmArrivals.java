package io.llmbench.gatling;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.llmbench.config.BenchConfig;
import io.llmbench.config.ConfigLoader;
import io.llmbench.dataset.Datasets;
import io.llmbench.schedule.ArrivalSchedule;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A seeded arrival schedule (poisson, gamma, constant, ramps) for a scenario's own requests: the k-th user to pass
 * {@link #next()} gets the k-th intended send time, and its next {@code llm(...)} request leaves exactly then, on the
 * event loop's nanosecond clock, with the schedule's fidelity figures in the summary. Inject at least as many users
 * at once as the schedule has requests ({@code atOnceUsers(n)}); the schedule starts when the first one passes.
 */
public final class LlmArrivals {
  /** The session attribute carrying a user's intended send time to its next request. */
  static final String ATTRIBUTE = "llm.arrival";
  private final ArrivalSchedule schedule;
  private final AtomicInteger passed = new AtomicInteger();
  private volatile long originNanos;

  private LlmArrivals(ArrivalSchedule schedule) {
    this.schedule = schedule;
  }

  /**
   * From {@code llmbench} options under these (keys without the prefix): {@code request-rate},
   * {@code arrival-profile}, {@code burstiness}, {@code ramp-up-start-rps}, {@code ramp-up-end-rps}, {@code seed},
   * and {@code num-prompts}, the number of arrivals.
   */
  public static LlmArrivals of(Map<String, ?> options) {
    BenchConfig c = Startup.orExit(() -> ConfigLoader.load(Map.of(), options));
    return new LlmArrivals(Startup.orExit(
        () -> BenchSetup.arrivalProfile(c).schedule(c.get(Datasets.NUM_PROMPTS), c.get(Datasets.SEED))));
  }

  /** The step that gives the user passing it the next intended send time. */
  public ChainBuilder next() {
    return exec(this::assign);
  }

  /** How many arrivals the schedule has: the users to inject. */
  public int size() {
    return schedule.size();
  }

  private Session assign(Session session) {
    int k = passed.getAndIncrement();
    if (k >= schedule.size()) {
      throw new IllegalStateException("llmbench: the arrival schedule has " + schedule.size() + " arrivals; user "
          + (k + 1) + " got none (inject as many users as its num-prompts)");
    }
    return session.set(ATTRIBUTE, origin() + schedule.offsetNanos(k));
  }

  private long origin() {
    if (originNanos == 0) {
      synchronized (this) {
        if (originNanos == 0) {
          // a little lead, so that the first users are up before t=0, as a workload's dispatcher does
          originNanos = System.nanoTime() + 100_000_000L;
        }
      }
    }
    return originNanos;
  }
}
