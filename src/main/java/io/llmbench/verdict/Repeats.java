package io.llmbench.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.llmbench.config.OptionSpec;
import io.llmbench.config.Options;
import io.llmbench.config.Thresholds;
import io.llmbench.metrics.Goodput;
import io.llmbench.metrics.Samples;
import io.llmbench.python.PythonFormat;
import io.llmbench.report.Console;
import io.llmbench.run.PostProcessor;
import io.llmbench.run.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The measured phase run several times against the same server (seeds seed, seed + 1, ...): every SGLang figure's
 * mean over the runs, its 95 % Student-t interval and the run-to-run coefficient of variation, and the gates judged
 * on the mean or on the interval's upper end ({@code assertions.use}).
 */
public final class Repeats {
  public static final OptionSpec<Integer> REPEAT = OptionSpec.integer("repeat", 1, 1, 1000,
      "run the measured phase this many times (seeds seed, seed+1, ...; a run folder each), then report each SGLang"
          + " figure's mean, 95 % interval and CV");
  public static final String FILE_NAME = "repeats.json";
  static final String GROUP = "repeats";
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
      .enable(SerializationFeature.INDENT_OUTPUT);
  /** Two-sided 95 % quantiles of Student's t for 1 to 30 degrees of freedom. */
  private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
      2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
      2.052, 2.048, 2.045, 2.042};

  private Repeats() {}

  /**
   * One figure over the runs.
   *
   * @param low the 95 % interval of the mean: mean ∓ t(0.975, n − 1) · s / √n
   * @param cv the sample standard deviation over the mean (0 when the mean is 0)
   */
  public record Spread(double mean, double low, double high, double cv, double[] values) {
    public static Spread of(double[] values) {
      int n = values.length;
      double mean = 0;
      for (double v : values) {
        mean += v / n;
      }
      double squares = 0;
      for (double v : values) {
        squares += (v - mean) * (v - mean);
      }
      double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
      double half = n > 1 ? tQuantile975(n - 1) * sd / Math.sqrt(n) : 0;
      return new Spread(mean, mean - half, mean + half, mean == 0 ? 0 : sd / mean, values.clone());
    }
  }

  /**
   * Student's t quantile at 0.975: the table up to 30 degrees of freedom, then the Cornish-Fisher expansion around
   * the normal quantile (off by less than 0.001 from there on).
   */
  public static double tQuantile975(int df) {
    if (df <= T975.length) {
      return T975[df - 1];
    }
    double z = 1.959964;
    return z + (z * z * z + z) / (4 * df) + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96.0 * df * df);
  }

  /**
   * Each numeric SGLang figure of the runs' JSONL lines (the keys from {@code duration} to
   * {@code max_concurrent_requests}, SGLang's own), over the runs.
   */
  static Map<String, Spread> figures(List<String> sglangLines) {
    List<JsonNode> lines = sglangLines.stream().map(Repeats::parse).toList();
    Map<String, Spread> out = new LinkedHashMap<>();
    boolean inside = false;
    for (Iterator<String> keys = lines.get(0).fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      inside |= key.equals("duration");
      if (inside && lines.stream().allMatch(l -> l.get(key).isNumber())) {
        out.put(key, Spread.of(lines.stream().mapToDouble(l -> l.get(key).asDouble()).toArray()));
      }
      if (key.equals("max_concurrent_requests")) {
        break;
      }
    }
    return out;
  }

  /**
   * The verdict of the runs together: that they ran, each fixed gate on the runs' mean of its figure (or on the
   * upper end of its interval with {@code use = upper-ci}), then every run's baseline checks, each run compared on
   * its own.
   */
  static List<Check> judge(Options values, List<Samples> runs, List<Verdict> perRun) {
    Thresholds t = values.get(Thresholds.ASSERTIONS);
    List<List<Check>> gates = runs.stream().map(s -> Gates.judge(t, values.get(Goodput.OPTION), s)).toList();
    List<Check> out = new ArrayList<>();
    out.add(new Check(Verdicts.RUN_GROUP, "measured runs", REPEAT.key(), (double) runs.size(), null, "runs",
        Check.Result.PASSED, runs.size() + " runs, " + runs.stream().mapToInt(Samples::completed).sum()
            + " requests succeeded, " + runs.stream().mapToInt(Samples::failed).sum() + " failed"));
    for (int g = 0; g < gates.get(0).size(); g++) {
      Check first = gates.get(0).get(g);
      int gate = g;
      if (gates.stream().anyMatch(checks -> checks.get(gate).measured() == null)) {
        out.add(Check.error(GROUP, first.name(), first.key(), "not measured in every run"));
        continue;
      }
      Spread spread = Spread.of(gates.stream().mapToDouble(checks -> checks.get(gate).measured()).toArray());
      boolean upper = t.use().equals(Thresholds.USE_UPPER_CI);
      // the goodput gate is a lower bound: its cautious end of the interval is the low one
      boolean lowerBound = first.key().equals(Gates.GOODPUT_KEY);
      out.add(lowerBound
          ? Check.atLeast(GROUP, (upper ? "lower 95% CI of " : "mean ") + first.name(), first.key(),
              upper ? spread.low() : spread.mean(), first.bound(), first.unit())
          : Check.atMost(GROUP, (upper ? "upper 95% CI of " : "mean ") + first.name(), first.key(),
              upper ? spread.high() : spread.mean(), first.bound(), first.unit()));
    }
    for (Verdict v : perRun) {
      v.checks().stream().filter(c -> c.group().equals(Comparison.GROUP))
          .map(c -> new Check(c.group(), c.name() + " (" + v.run() + ")", c.key(), c.measured(), c.bound(), c.unit(),
              c.result(), c.message()))
          .forEach(out::add);
    }
    return out;
  }

  /**
   * Prints the table, writes {@code repeats.json} and the verdict of the runs together into {@code folder}; a run
   * that measured nothing leaves the repeats unjudged (an error).
   */
  public static Verdict report(RunFolder folder, Options values, List<RunFolder> runs,
      List<Optional<PostProcessor.Summary>> summaries) {
    if (summaries.stream().anyMatch(Optional::isEmpty)) {
      return Verdicts.notJudged(folder, "a repeat measured nothing");
    }
    List<PostProcessor.Summary> done = summaries.stream().map(Optional::get).toList();
    Map<String, Spread> figures = figures(done.stream().map(PostProcessor.Summary::sglangLine).toList());
    Console.print(table(figures));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("runs", runs.stream().map(r -> r.path().toString()).toList());
    json.put("figures", figures);
    try {
      JSON.writeValue(folder.path().resolve(FILE_NAME).toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.path().resolve(FILE_NAME), e);
    }
    List<Verdict> perRun = runs.stream().map(r -> Verdict.read(r.path().resolve(Verdict.JSON_FILE))).toList();
    return Verdicts.written(folder, Verdict.of(folder.path().getFileName().toString(),
        judge(values, done.stream().map(PostProcessor.Summary::samples).toList(), perRun)));
  }

  static String table(Map<String, Spread> figures) {
    StringBuilder out = new StringBuilder(PythonFormat.rule(" llmbench: repeated runs ", '=')).append('\n');
    String format = "%-32s %12s %25s %7s%n";
    out.append(String.format(Locale.ROOT, format, "figure", "mean", "95% CI (Student t)", "CV"));
    figures.forEach((name, s) -> out.append(String.format(Locale.ROOT, format, name, Check.number(s.mean()),
        "[" + Check.number(s.low()) + ", " + Check.number(s.high()) + "]",
        String.format(Locale.ROOT, "%.1f%%", 100 * s.cv()))));
    return out.append("=".repeat(PythonFormat.RULE_WIDTH)).append('\n').toString();
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
