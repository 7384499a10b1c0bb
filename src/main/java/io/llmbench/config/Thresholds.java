package io.llmbench.config;

import java.util.Map;
import java.util.Set;

/**
 * CI gates from {@code llmbench.assertions}: {@code <stat>-<metric>-ms} limits and {@code max-failed-pct}.
 *
 * @param latencyLimitsMs key such as {@code p99-ttft-ms} → upper bound in ms, in the order given
 * @param maxFailedPct upper bound on the percentage of failed requests, or null
 */
public record Thresholds(Map<String, Double> latencyLimitsMs, Double maxFailedPct) {
  public static final Set<String> STATS = Set.of("mean", "p50", "p75", "p90", "p95", "p99", "max");
  public static final Set<String> METRICS = Set.of("ttft", "itl", "tpot", "e2e");

  public Thresholds {
    latencyLimitsMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(latencyLimitsMs));
  }

  public boolean isEmpty() {
    return latencyLimitsMs.isEmpty() && maxFailedPct == null;
  }
}
