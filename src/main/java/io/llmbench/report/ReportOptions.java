package io.llmbench.report;

import io.llmbench.config.OptionGroup;
import io.llmbench.config.OptionSpec;
import java.util.List;

/** The options of SGLang's outputs: where the JSONL line also goes, what it holds. */
public final class ReportOptions {
  public static final OptionSpec<String> OUTPUT_FILE = OptionSpec.string("output-file", "",
      "also append the SGLang JSONL line to this file (it always lands in the run folder)");
  public static final OptionSpec<Boolean> OUTPUT_DETAILS = OptionSpec.bool("output-details", false,
      "add the per-request arrays to the JSONL line");
  public static final OptionSpec<Boolean> CACHE_REPORT = OptionSpec.bool("cache-report", false,
      "prefix-cache hit details (sglang backends): SGLang's Cache Hit Details section and cache_report object");
  public static final OptionSpec<String> TAG = OptionSpec.optionalString("tag", "copied into the JSONL line");

  private ReportOptions() {}

  public static List<OptionSpec<?>> options() {
    return List.of(OUTPUT_FILE, OUTPUT_DETAILS, CACHE_REPORT, TAG);
  }
}
