package io.llmbench.schedule;

import io.llmbench.config.OptionGroup;
import io.llmbench.config.OptionSpec;
import java.util.List;
import java.util.Arrays;

/**
 * Replay of recorded timestamps (milliseconds, any epoch), as SGLang's trace mode of {@code get_request}
 * (sglang-bench-serving.md §6.5): timestamps sorted, request i intended at (ts_i − ts_0) / 1000 × slowdownFactor
 * seconds, so the first is at t=0 and 2.0 replays at half speed. An optional window [startMs, endMs) is cut
 * before rebasing, so ts_0 is the first timestamp inside it. Timestamps carry no rate: target rates are NaN.
 */
public final class TraceProfile implements ArrivalProfile {
  public static final OptionSpec<Boolean> USE_TRACE_TIMESTAMPS = OptionSpec.bool("use-trace-timestamps", false,
      "replay the dataset's own timestamps (mooncake always does); request-rate and arrival-profile are unused");
  public static final OptionSpec<Double> SLOWDOWN_FACTOR = OptionSpec.decimal("slowdown-factor", 1.0,
      Double.MIN_VALUE, Double.MAX_VALUE, "multiplies the trace's gaps (2.0 = half speed)");
  public static final OptionSpec<Double> MOONCAKE_SLOWDOWN_FACTOR = OptionSpec.optionalPositive(
      "mooncake-slowdown-factor", "bench_serving's name for slowdown-factor; wins when set");
  public static final OptionSpec<Long> TRACE_START_MS = OptionSpec.optionalMillis("trace-start-ms",
      "replay only the trace's requests with timestamp >= this; null: no bound");
  public static final OptionSpec<Long> TRACE_END_MS = OptionSpec.optionalMillis("trace-end-ms",
      "replay only the trace's requests with timestamp < this; null: no bound");
  public static final OptionGroup OPTIONS = new OptionGroup("trace replay", List.of(USE_TRACE_TIMESTAMPS,
      SLOWDOWN_FACTOR, MOONCAKE_SLOWDOWN_FACTOR, TRACE_START_MS, TRACE_END_MS));

  /** The gaps' factor: bench_serving's mooncake-slowdown-factor when given, else slowdown-factor. */
  public static double slowdownFactor(io.llmbench.config.Options values) {
    return java.util.Objects.requireNonNullElse(values.get(MOONCAKE_SLOWDOWN_FACTOR), values.get(SLOWDOWN_FACTOR));
  }

  private final long[] sortedMs;
  private final double slowdownFactor;
  private final long windowStartMs;
  private final long windowEndMs;

  /** The whole trace. */
  public TraceProfile(long[] timestampsMs, double slowdownFactor) {
    this(timestampsMs, slowdownFactor, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** Only the timestamps in [windowStartMs, windowEndMs). */
  public TraceProfile(long[] timestampsMs, double slowdownFactor, long windowStartMs, long windowEndMs) {
    if (timestampsMs.length == 0) {
      throw Options.invalid("trace", "0 timestamps", "a trace needs at least one timestamp");
    }
    this.slowdownFactor = Options.positiveFinite("slowdown-factor", slowdownFactor);
    if (windowStartMs >= windowEndMs) {
      throw Options.invalid("trace-start-ms", windowStartMs, "must be < trace-end-ms (" + windowEndMs + ")");
    }
    this.windowStartMs = windowStartMs;
    this.windowEndMs = windowEndMs;
    this.sortedMs = Arrays.stream(timestampsMs).filter(t -> t >= windowStartMs && t < windowEndMs).sorted().toArray();
    if (sortedMs.length == 0) {
      throw Options.invalid("trace-start-ms, trace-end-ms", "[" + windowStartMs + ", " + windowEndMs + ")",
          "no timestamp of the trace falls in this window");
    }
  }

  /** How many arrivals the (windowed) trace holds. */
  public int size() {
    return sortedMs.length;
  }

  /** The first min(n, {@link #size()}) arrivals in time order; the seed is unused (a trace is deterministic). */
  @Override
  public ArrivalSchedule schedule(int n, long seed) {
    long[] offsets = new long[Math.min(Options.count(n), sortedMs.length)];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = ArrivalSchedule.nanos((sortedMs[i] - sortedMs[0]) / 1000.0 * slowdownFactor);
    }
    return ArrivalSchedule.atRate(offsets, Double.NaN);
  }

  @Override
  public String toString() {
    return "TraceProfile[" + sortedMs.length + " timestamps, slowdownFactor=" + slowdownFactor
        + (windowStartMs == Long.MIN_VALUE && windowEndMs == Long.MAX_VALUE
            ? "" : ", window=[" + windowStartMs + ", " + windowEndMs + ")")
        + "]";
  }
}
