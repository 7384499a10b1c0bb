package io.llmbench.config;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The server profiler around the measured phase ({@code profile}, bench_serving §6.7, non-PD servers).
 *
 * @param numSteps sent as {@code num_steps}; when set the server stops by itself (no stop call), or null
 * @param outputDir base directory, else {@code SGLANG_TORCH_PROFILER_DIR}, else /tmp; or null
 */
public record Profiling(
    boolean enabled, List<String> activities, Integer numSteps, boolean byStage, String outputDir, String prefix) {
  private static final Set<String> ACTIVITIES = new TreeSet<>(Set.of("CPU", "GPU", "CUDA_PROFILER", "XPU", "MEM"));
  static final OptionSpec<Boolean> PROFILE = OptionSpec.bool("profile", false,
      "POST /start_profile before the measured phase and /stop_profile after it");
  static final OptionSpec<List<String>> PROFILE_ACTIVITIES = OptionSpec.strings("profile-activities",
      List.of("CPU", "GPU"), "what the profiler records").check(activities -> {
        if (!ACTIVITIES.containsAll(activities)) {
          throw new IllegalArgumentException("expected some of " + ACTIVITIES);
        }
      }).allowing("some of " + ACTIVITIES);
  static final OptionSpec<Integer> PROFILE_NUM_STEPS = OptionSpec.optionalInteger("profile-num-steps", 1,
      Integer.MAX_VALUE, "steps the server profiles, then stops by itself; null: until /stop_profile");
  static final OptionSpec<Boolean> PROFILE_BY_STAGE = OptionSpec.bool("profile-by-stage", false,
      "profile prefill and decode separately");
  static final OptionSpec<String> PROFILE_OUTPUT_DIR = OptionSpec.optionalString("profile-output-dir",
      "where the server writes traces; null: SGLANG_TORCH_PROFILER_DIR, else /tmp");
  static final OptionSpec<String> PROFILE_PREFIX = OptionSpec.optionalString("profile-prefix",
      "file name prefix of the traces");
  static final List<OptionSpec<?>> OPTIONS = List.of(PROFILE, PROFILE_ACTIVITIES, PROFILE_NUM_STEPS, PROFILE_BY_STAGE,
      PROFILE_OUTPUT_DIR, PROFILE_PREFIX);

  public Profiling {
    activities = List.copyOf(activities);
  }

  static Profiling of(Options v) {
    return new Profiling(v.get(PROFILE), v.get(PROFILE_ACTIVITIES), v.get(PROFILE_NUM_STEPS), v.get(PROFILE_BY_STAGE),
        v.get(PROFILE_OUTPUT_DIR), v.get(PROFILE_PREFIX));
  }
}
