package io.llmbench.config;

import io.llmbench.backend.RequestOptionSpecs;
import io.llmbench.dataset.Datasets;
import io.llmbench.report.ReportOptions;
import io.llmbench.tokenizer.Tokenizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A run's validated options ({@link #get}), with the few values the Gatling DSL reads by name. The options
 * themselves are declared by the parts that use them ({@link OptionRegistry}).
 */
public record BenchConfig(Options options) {
  public static final OptionSpec<Integer> MAX_CONCURRENCY = OptionSpec.optionalInteger("max-concurrency", 0,
      Integer.MAX_VALUE, "cap on requests in flight (FIFO, as bench_serving's semaphore); 0 or null: no cap");
  static final OptionSpec<Integer> NUM_WARMUPS = OptionSpec.integer("num-warmups", 0, 0, Integer.MAX_VALUE,
      "vllm bench serve's warm-up: copies of the first request with its own output length, excluded from every figure")
      .onlyIn(Compat.VLLM, "warmup-requests");
  static final OptionSpec<Duration> THINK_TIME = OptionSpec.nonNegativeDuration("think-time", Duration.ZERO,
      "conversations: pause between a reply and the same user's next turn");
  static final OptionSpec<Duration> DRAIN_TIMEOUT = OptionSpec.nonNegativeDuration("drain-timeout",
      Duration.ofSeconds(10), "on SIGINT/SIGTERM: how long requests in flight may still finish before they are cut"
          + " (counted as interrupted); the run folder is written with every request");
  static final OptionGroup OPTIONS = new OptionGroup("load",
      List.of(MAX_CONCURRENCY, WarmupRequests.OPTION, NUM_WARMUPS, THINK_TIME, DRAIN_TIMEOUT));

  public <T> T get(OptionSpec<T> spec) {
    return options.get(spec);
  }

  public boolean usesMock() {
    return "mock".equals(get(RequestOptionSpecs.BASE_URL));
  }

  public String backend() {
    return get(RequestOptionSpecs.BACKEND);
  }

  /**
   * Whether requests ask the server to ignore end of sequence: SGLang's unless {@code disable-ignore-eos}; vLLM's with
   * {@code ignore-eos}, and always for the random datasets (vllm bench serve's main_async turns it on for them).
   */
  public boolean ignoreEos() {
    return compat() == Compat.VLLM
        ? get(RequestOptionSpecs.IGNORE_EOS) || List.of("random", "random-mm").contains(datasetName())
        : !get(RequestOptionSpecs.DISABLE_IGNORE_EOS);
  }

  public String datasetName() {
    return get(Datasets.DATASET_NAME);
  }

  public boolean tokenizePrompt() {
    return get(Datasets.TOKENIZE_PROMPT);
  }

  public String tokenizer() {
    return get(Tokenizer.OPTION);
  }

  public Map<String, Object> extraRequestBody() {
    return get(RequestOptionSpecs.EXTRA_REQUEST_BODY);
  }

  public boolean cacheReport() {
    return get(ReportOptions.CACHE_REPORT);
  }

  public Duration drainTimeout() {
    return get(DRAIN_TIMEOUT);
  }

  /** 0 when uncapped. */
  public int maxConcurrency() {
    return java.util.Objects.requireNonNullElse(get(MAX_CONCURRENCY), 0);
  }

  /** No cap on requests in flight. */
  public boolean uncapped() {
    return maxConcurrency() == 0;
  }

  /** Whose definitions the run follows. */
  public Compat compat() {
    return get(Compat.OPTION);
  }

  /** Warm-up requests: SGLang's {@code warmup-requests} (auto's resolved from {@code max-concurrency}), or vLLM's
   * {@code num-warmups} in vLLM mode. */
  public int warmupRequests() {
    return compat() == Compat.VLLM ? get(NUM_WARMUPS) : get(WarmupRequests.OPTION).resolve(maxConcurrency());
  }

  /** Whether the warm-up count was sized from the concurrency rather than given. */
  public boolean autoWarmup() {
    return compat() == Compat.SGLANG && get(WarmupRequests.OPTION).auto();
  }

  public Duration thinkTime() {
    return get(THINK_TIME);
  }

  public Thresholds assertions() {
    return get(Thresholds.ASSERTIONS);
  }

  public Profiling profiling() {
    return Profiling.of(options);
  }

  public int readyCheckTimeoutSec() {
    return get(ServerLifecycle.READY_CHECK_TIMEOUT_SEC);
  }

  public boolean flushCache() {
    return get(ServerLifecycle.FLUSH_CACHE);
  }

  public double flushCacheTimeout() {
    return get(ServerLifecycle.FLUSH_CACHE_TIMEOUT);
  }

  public MockSettings mock() {
    return MockSettings.of(options);
  }
}
