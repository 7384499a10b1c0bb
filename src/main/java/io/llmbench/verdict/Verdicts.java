package io.llmbench.verdict;

import io.llmbench.config.ConfigError;
import io.llmbench.config.OptionGroup;
import io.llmbench.config.OptionSpec;
import io.llmbench.config.Options;
import io.llmbench.config.Thresholds;
import io.llmbench.metrics.Goodput;
import io.llmbench.metrics.Samples;
import io.llmbench.report.Console;
import io.llmbench.run.RunFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A run's verdict: its gates and its comparison with the baseline, judged and written into its run folder. */
public final class Verdicts {
  public static final OptionSpec<String> BASELINE = OptionSpec.optionalString("baseline",
      "a run folder, an SGLang JSONL file written with output-details, or a vLLM result JSON saved with save-detailed,"
          + " to compare this run with");
  public static final OptionGroup OPTIONS = new OptionGroup("verdicts", List.of(BASELINE, Repeats.REPEAT));
  static final String RUN_GROUP = "run";

  private Verdicts() {}

  /**
   * Refuses a baseline that is not there, before any load. Not a check of the option itself: a run's options are
   * read again whenever its folder is post-processed, when its baseline may long be gone.
   */
  public static void checkBaseline(Options values) {
    String baseline = values.get(BASELINE);
    if (baseline != null && !Files.exists(Path.of(baseline))) {
      throw new ConfigError(BASELINE.key(), baseline, "no such run folder, SGLang JSONL or vLLM result file");
    }
  }

  /**
   * Judges a run that measured something; prints the comparison table and the verdict line, writes both files. An
   * interrupted run's gates are judged on what it measured, and its run case is an error: it did not complete.
   */
  public static Verdict judge(RunFolder folder, Options values, Samples samples, boolean interrupted) {
    Thresholds t = values.get(Thresholds.ASSERTIONS);
    List<Check> checks = new ArrayList<>();
    String measured = samples.completed() + " requests succeeded, " + samples.failed() + " failed";
    checks.add(interrupted
        ? Check.error(RUN_GROUP, "measured requests", "num-prompts", "interrupted by a signal: " + measured)
        : new Check(RUN_GROUP, "measured requests", "num-prompts", (double) samples.completed(), null, "requests",
            Check.Result.PASSED, measured));
    checks.addAll(Gates.judge(t, values.get(Goodput.OPTION), samples));
    String baseline = values.get(BASELINE);
    if (baseline != null) {
      Comparison comparison = Comparison.of(baseline, Baseline.read(Path.of(baseline)), samples);
      Console.print(comparison.table());
      checks.addAll(comparison.judge(t));
    }
    return written(folder, Verdict.of(folder.path().getFileName().toString(), checks));
  }

  /** A run that could not be judged (nothing was measured): one check in error. */
  public static Verdict notJudged(RunFolder folder, String reason) {
    return written(folder, Verdict.of(folder.path().getFileName().toString(),
        List.of(Check.error(RUN_GROUP, "measured requests", "num-prompts", reason))));
  }

  static Verdict written(RunFolder folder, Verdict verdict) {
    verdict.write(folder.path());
    Console.line(verdict.line());
    return verdict;
  }
}
