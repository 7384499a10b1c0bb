package io.llmbench.config;

/**
 * How many warm-up requests go first: a number, or {@code auto}, sized from the concurrency. One request
 * (bench_serving's default) leaves a JVM client compiling its hot paths during the measured phase, taking CPU from
 * a server on the same machine: measured against llama.cpp, about five warm-ups per concurrent stream brought the
 * client's TTFT to the Python client's (issue 13).
 *
 * @param count the number given, or null for auto
 */
public record WarmupRequests(Integer count) {
  /**
   * Warm-ups per concurrent stream under auto: five waves of short requests, at any concurrency. At 1,024 streams one
   * wave left the client's C2 compiler busy for the measured phase's first 20 s (docs/benchmarks.md#warm-up).
   */
  static final int PER_STREAM = 5;
  /** Auto's count for an uncapped run, whose concurrency is not known before it runs. */
  static final int AUTO_UNCAPPED = 16;

  static final OptionSpec<WarmupRequests> OPTION = OptionSpec.custom("warmup-requests", "integer or auto",
      new WarmupRequests(null), ">= 0, or auto (5 per max-concurrency slot; 16 uncapped)",
      "copies of the first row sent first (<= 32 output tokens), excluded from every figure",
      WarmupRequests::read).onlyIn(Compat.SGLANG, "num-warmups");

  private static WarmupRequests read(com.typesafe.config.Config c, String k) {
    Reader reader = new Reader(c);
    if ("auto".equals(reader.raw(k))) {
      return new WarmupRequests(null);
    }
    try {
      return new WarmupRequests(reader.integer(k, 0, Integer.MAX_VALUE));
    } catch (ConfigError e) {
      throw new ConfigError(k, reader.raw(k), "expected an integer from 0 up, or auto");
    }
  }

  /** The count for a run capped at {@code maxConcurrency} requests in flight (0: uncapped). */
  public int resolve(int maxConcurrency) {
    if (count != null) {
      return count;
    }
    return maxConcurrency == 0 ? AUTO_UNCAPPED : (int) Math.min((long) PER_STREAM * maxConcurrency, Integer.MAX_VALUE);
  }

  public boolean auto() {
    return count == null;
  }

  @Override
  public String toString() {
    return count == null ? "auto" : count.toString();
  }
}
