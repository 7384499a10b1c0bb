package io.llmbench.report;

import io.llmbench.config.Compat;
import io.llmbench.config.ConfigError;
import io.llmbench.config.OptionGroup;
import io.llmbench.config.OptionSpec;
import io.llmbench.config.Options;
import io.llmbench.metrics.VllmMetrics;
import io.llmbench.python.PythonFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The options of {@code vllm bench serve}'s outputs (compat = vllm only): its result JSON, where it goes and what it
 * holds, and which statistics its console block prints.
 */
public final class VllmOptions {
  public static final OptionSpec<Boolean> SAVE_RESULT = vllmOnly(OptionSpec.bool("save-result", false,
      "also write vLLM's result JSON to result-dir (it always lands in the run folder)"));
  public static final OptionSpec<Boolean> SAVE_DETAILED = vllmOnly(OptionSpec.bool("save-detailed", false,
      "keep the per-request lists (input_lens, output_lens, start_times, ttfts, itls, generated_texts, errors)"));
  public static final OptionSpec<String> RESULT_DIR = vllmOnly(OptionSpec.optionalString("result-dir",
      "where save-result writes the result JSON (null: the working directory)"));
  public static final OptionSpec<String> RESULT_FILENAME = vllmOnly(OptionSpec.optionalString("result-filename",
      "the result JSON's name instead of vLLM's <label>-<rate>qps[-concurrency<n>]-<model>-<date>.json"));
  public static final OptionSpec<Map<String, String>> METADATA = vllmOnly(OptionSpec.strings("metadata", List.of(),
          "KEY=VALUE pairs saved as top-level keys of the result JSON, after num_prompts")
      .map(Map.<String, String>of(), VllmOptions::metadata)
      .allowing("KEY=VALUE items, as a list or one comma-separated string"));
  public static final OptionSpec<String> LABEL = vllmOnly(OptionSpec.optionalString("label",
      "the result's label and file-name prefix (null: the backend)"));
  public static final OptionSpec<List<String>> PERCENTILE_METRICS = vllmOnly(OptionSpec.optionalString(
          "percentile-metrics",
          "metrics whose mean, median and percentiles are printed and saved (null: ttft,tpot,itl; e2el for embeddings)")
      .map(null, VllmOptions::metrics)
      .allowing("comma-separated names among " + String.join(", ", VllmMetrics.METRICS) + ", or null"));
  public static final OptionSpec<List<Double>> METRIC_PERCENTILES = vllmOnly(OptionSpec.strings("metric-percentiles",
          List.of("99"), "percentiles printed and saved for each of percentile-metrics, such as 25,50,75")
      .map(List.of(99.0), VllmOptions::percentiles)
      .allowing("numbers from 0 to 100, as a list or one comma-separated string"));
  public static final List<OptionSpec<?>> ALL = List.of(SAVE_RESULT, SAVE_DETAILED, RESULT_DIR, RESULT_FILENAME,
      METADATA, LABEL, PERCENTILE_METRICS, METRIC_PERCENTILES);
  public static final OptionGroup OPTIONS = new OptionGroup("vllm outputs (compat = vllm)", ALL);

  private VllmOptions() {}

  /** vllm bench serve's outputs: in sglang mode they would be silently ignored, so they are refused there. */
  private static <T> OptionSpec<T> vllmOnly(OptionSpec<T> spec) {
    return spec.onlyIn(Compat.VLLM, null);
  }

  /** The metric names in the order given; null stays null (the task's default). */
  private static List<String> metrics(String text) {
    if (text == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String name : text.split(",", -1)) {
      if (!VllmMetrics.METRICS.contains(name.trim())) {
        throw new IllegalArgumentException("unknown metric \"" + name.trim() + "\"; allowed: "
            + String.join(", ", VllmMetrics.METRICS));
      }
      out.add(name.trim());
    }
    return out;
  }

  private static List<Double> percentiles(List<String> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("give at least one percentile");
    }
    List<Double> out = new ArrayList<>();
    for (String item : items) {
      double p;
      try {
        p = Double.parseDouble(item.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("\"" + item + "\" is not a number; give percentiles from 0 to 100");
      }
      if (!(p >= 0 && p <= 100)) {
        throw new IllegalArgumentException("percentile " + PythonFormat.repr(p) + " is outside 0 to 100");
      }
      out.add(p);
    }
    return out;
  }

  /** vLLM's rule: split at the first '=', both sides stripped; a later key wins, in its first place. */
  private static Map<String, String> metadata(List<String> items) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String item : items) {
      int eq = item.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("Invalid metadata format. Please use KEY=VALUE format.");
      }
      out.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
