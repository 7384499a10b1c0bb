package io.llmbench.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every figure of SGLang's {@code calculate_metrics}, then our extras. Latency distributions are in
 * milliseconds, throughputs per second of {@code durationS}.
 *
 * @param durationS benchmark duration in seconds (SGLang's {@code dur_s})
 * @param completed successful requests (|S|)
 * @param totalInput Σ dataset prompt length over S
 * @param totalInputText Σ text prompt length over S
 * @param totalInputVision Σ vision prompt length over S
 * @param totalOutput Σ output length over S
 * @param totalOutputRetokenized Σ retokenized output length over S
 * @param requestThroughput completed / dur
 * @param inputThroughput totalInput / dur
 * @param outputThroughput totalOutput / dur
 * @param outputThroughputRetokenized totalOutputRetokenized / dur (SGLang neither prints nor saves it)
 * @param totalThroughput (totalInput + totalOutput) / dur
 * @param totalThroughputRetokenized (totalInput + totalOutputRetokenized) / dur (not printed or saved)
 * @param e2eLatencyMs E2E latency over S
 * @param ttftMs TTFT over S
 * @param tpotMs TPOT over S with output length > 1
 * @param itlMs ITL pooled over S (its max is SGLang's {@code max_itl_ms})
 * @param concurrency Σ latency / dur
 * @param maxOutputTokensPerS peak of the 1-second token buckets
 * @param maxConcurrentRequests peak of the 1-second concurrency buckets
 * @param cacheReport prefix-cache hits (reported only with {@code --cache-report})
 * @param failed requests that did not succeed (extra)
 * @param errorCounts failures per reason (first line of the error), most frequent first, ties in
 *     order of first occurrence (extra)
 * @param perTokenItlMs per-token ITL pooled over S (extra)
 * @param ttftInclQueueMs scheduled time to first token over S (extra)
 * @param e2eLatencyInclQueueMs scheduled time to end over S (extra)
 * @param queueWaitMs scheduled time to actual send over S (extra)
 * @param peakOverlappingRequests the most requests in flight at one instant, failed ones included (extra): SGLang's
 *     {@code max_concurrent_requests} counts every request that touched a 1-second bucket, so it can exceed the cap
 */
public record BenchmarkMetrics(
    double durationS,
    int completed,
    long totalInput,
    long totalInputText,
    long totalInputVision,
    long totalOutput,
    long totalOutputRetokenized,
    double requestThroughput,
    double inputThroughput,
    double outputThroughput,
    double outputThroughputRetokenized,
    double totalThroughput,
    double totalThroughputRetokenized,
    Distribution e2eLatencyMs,
    Distribution ttftMs,
    Distribution tpotMs,
    Distribution itlMs,
    double concurrency,
    double maxOutputTokensPerS,
    int maxConcurrentRequests,
    CacheReport cacheReport,
    int failed,
    Map<String, Long> errorCounts,
    Distribution perTokenItlMs,
    Distribution ttftInclQueueMs,
    Distribution e2eLatencyInclQueueMs,
    Distribution queueWaitMs,
    int peakOverlappingRequests) {

  public BenchmarkMetrics {
    // Keep the caller's order (it is part of the report); Map.copyOf would lose it.
    errorCounts = Collections.unmodifiableMap(new LinkedHashMap<>(errorCounts));
  }
}
