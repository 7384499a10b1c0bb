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
  /** Warm-ups per concurrent stream under auto. */
  static final int PER_STREAM = 5;
  /**
   * Auto's most, unless the concurrency is higher (one per slot then, so that every slot has opened its kept-alive
   * connection before the measured phase): short requests, but a server's time all the same.
   */
  static final int AUTO_MAX = 1_000;
  /** Auto's count for an uncapped run, whose concurrency is not known before it runs. */
  static final int AUTO_UNCAPPED = 16;

  static final OptionSpec<WarmupRequests> OPTION = OptionSpec.custom("warmup-requests", "integer or auto",
      new WarmupRequests(null), ">= 0, or auto (5 per max-concurrency slot, at most 1000 or one per slot; 16 uncapped)",
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
    return maxConcurrency == 0 ? AUTO_UNCAPPED
        : (int) Math.min((long) PER_STREAM * maxConcurrency, Math.max(AUTO_MAX, maxConcurrency));
  }

  public boolean auto() {
    return count == null;
  }

  @Override
  public String toString() {
    return count == null ? "auto" : count.toString();
  }
}
