package io.llmbench.config;

import java.util.List;

/**
 * The server profiler around the measured phase ({@code profile}, bench_serving §6.7, non-PD servers).
 *
 * @param numSteps sent as {@code num_steps}; when set the server stops by itself (no stop call), or null
 * @param outputDir base directory, else {@code SGLANG_TORCH_PROFILER_DIR}, else /tmp; or null
 */
public record Profiling(
    boolean enabled, List<String> activities, Integer numSteps, boolean byStage, String outputDir, String prefix) {
  public Profiling {
    activities = List.copyOf(activities);
  }
}
