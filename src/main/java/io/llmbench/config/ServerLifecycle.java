package io.llmbench.config;

import java.util.ArrayList;
import java.util.List;

/** What is asked of the server around the benchmark, as bench_serving: wait until ready, flush, profile. */
final class ServerLifecycle {
  static final OptionSpec<Integer> READY_CHECK_TIMEOUT_SEC = OptionSpec.integer("ready-check-timeout-sec", 60, 0,
      Integer.MAX_VALUE, "poll /health (trt: /v2/health/ready), else GET /v1/models (trt: the base URL), until it answers 200; 0 = do not wait");
  static final OptionSpec<Boolean> FLUSH_CACHE = OptionSpec.bool("flush-cache", false,
      "flush the server's prefix cache after warm-up");
  static final OptionSpec<Double> FLUSH_CACHE_TIMEOUT = OptionSpec.decimal("flush-cache-timeout", 60.0,
      Double.MIN_VALUE, Double.MAX_VALUE, "seconds the flush may take");

  private ServerLifecycle() {}

  static OptionGroup options() {
    List<OptionSpec<?>> options = new ArrayList<>(List.of(READY_CHECK_TIMEOUT_SEC, FLUSH_CACHE, FLUSH_CACHE_TIMEOUT));
    options.addAll(Profiling.OPTIONS);
    return new OptionGroup("server lifecycle", options);
  }
}
