package io.llmbench.config;

import io.llmbench.dataset.DatasetOptions;
import java.time.Duration;
import java.util.Map;

/**
 * Every option of a run, validated. Field names follow sglang.bench_serving's flags.
 *
 * <p>Nullable fields are the reference's optional flags ({@code None} there).
 */
public record BenchConfig(
    String backend,
    String baseUrl,
    String host,
    Integer port,
    String model,
    String servedModelName,
    String tokenizer,
    String datasetName,
    String datasetPath,
    DatasetDownload datasetDownload,
    String mooncakeWorkload,
    int numPrompts,
    int randomInputLen,
    int randomOutputLen,
    double randomRangeRatio,
    Integer sharegptOutputLen,
    Integer sharegptContextLen,
    String promptSuffix,
    boolean applyChatTemplate,
    boolean tokenizePrompt,
    int sonnetInputLen,
    int sonnetOutputLen,
    int sonnetPrefixLen,
    int prefixRepetitionPrefixLen,
    int prefixRepetitionSuffixLen,
    int prefixRepetitionNumPrefixes,
    int prefixRepetitionOutputLen,
    int mooncakeNumRounds,
    DatasetOptions.SharedPrefix sharedPrefix,
    DatasetOptions.Images images,
    DatasetOptions.RandomMm randomMm,
    DatasetOptions.Agentic agentic,
    DatasetOptions.SpeedBench speedBench,
    long seed,
    double requestRate,
    String arrivalProfile,
    double burstiness,
    Double rampUpStartRps,
    Double rampUpEndRps,
    boolean useTraceTimestamps,
    double slowdownFactor,
    Long traceStartMs,
    Long traceEndMs,
    int maxConcurrency,
    int warmupRequests,
    Duration thinkTime,
    boolean disableStream,
    boolean disableIgnoreEos,
    double temperature,
    double topP,
    Map<String, Object> extraRequestBody,
    boolean includeUsage,
    java.util.List<String> header,
    java.util.List<String> loraName,
    String loraRequestDistribution,
    double loraZipfAlpha,
    boolean returnLogprob,
    int topLogprobsNum,
    int logprobStartLen,
    java.util.List<Integer> tokenIdsLogprob,
    boolean returnRoutedExperts,
    int readyCheckTimeoutSec,
    boolean flushCache,
    double flushCacheTimeout,
    Profiling profiling,
    Duration headerTimeout,
    Duration requestTimeout,
    String outputFile,
    boolean outputDetails,
    boolean cacheReport,
    String tag,
    String reportsDir,
    Thresholds assertions,
    MockSettings mock) {

  public BenchConfig {
    extraRequestBody = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extraRequestBody));
  }

  public boolean usesMock() {
    return "mock".equals(baseUrl);
  }

  /** No cap on requests in flight. */
  public boolean uncapped() {
    return maxConcurrency == 0;
  }

  /** The model field sent in requests (the reference's {@code model_id}). */
  public String modelId() {
    return servedModelName != null ? servedModelName : model;
  }
}
