package io.llmbench.verdict;

import io.llmbench.config.Thresholds;
import io.llmbench.report.Console;
import io.llmbench.run.PostProcessor;
import io.llmbench.run.RunFolder;
import io.llmbench.run.RunManifest;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares two existing runs without new load: {@code java -cp ... io.llmbench.verdict.Compare <baseline> <run
 * folder>}, the baseline a run folder or an SGLang JSONL file written with output details. Prints the table and the
 * verdict line of the run's own {@code max-regression-pct} bounds, and exits 1 when they fail; writes nothing.
 */
public final class Compare {
  private Compare() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      Console.error("usage: Compare <baseline run folder or SGLang JSONL file> <run folder>");
      System.exit(2);
    }
    System.setProperty("ai.djl.offline", "true");
    RunFolder run = new RunFolder(Path.of(args[1]));
    Comparison comparison = Comparison.of(args[0], Baseline.read(Path.of(args[0])), PostProcessor.samples(run));
    Console.print(comparison.table());
    Thresholds t = RunManifest.read(run.manifest()).values().get(Thresholds.ASSERTIONS);
    List<Check> checks = comparison.judge(t);
    Verdict verdict = Verdict.of(run.path().getFileName().toString(), checks);
    Console.line(checks.isEmpty() ? "llmbench: the run sets no assertions.max-regression-pct: nothing to judge"
        : verdict.line());
    System.exit(verdict.passed() ? 0 : 1);
  }
}
