package io.llmbench.verdict;

import io.llmbench.config.Thresholds;
import io.llmbench.metrics.Samples;
import io.llmbench.python.PythonFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * This run against a baseline: for each compared figure the two values, the change, and whether the change is
 * significant (its bootstrap 95 % interval, {@link Bootstrap}, leaves out zero).
 */
public record Comparison(String baseline, List<Row> rows) {
  static final String GROUP = "baseline";

  /**
   * One compared figure.
   *
   * @param difference the 95 % interval of now − baseline, in the figure's unit
   */
  public record Row(Figure figure, Stat stat, double baseline, double now, Bootstrap.Interval difference) {
    /** The change in percent of the baseline. */
    public double changePct() {
      return baseline == 0 ? 0 : 100 * (now - baseline) / baseline;
    }

    /** How much worse this run is, in percent (negative: better): up for latencies, down for throughput. */
    public double regressionPct() {
      return figure.higherIsBetter() ? -changePct() : changePct();
    }

    /**
     * The smallest regression the 95 % interval allows, in percent of the baseline: the change is significantly
     * worse than a bound below this.
     */
    public double leastRegressionPct() {
      double least = figure.higherIsBetter() ? -difference.high() : difference.low();
      return baseline == 0 ? 0 : 100 * least / baseline;
    }

    public boolean significant() {
      return difference.excludesZero();
    }

    public String name() {
      return figure.name(stat);
    }
  }

  /** Every figure both runs measured. */
  public static Comparison of(String baseline, Samples base, Samples now) {
    List<Row> rows = new ArrayList<>();
    for (Figure figure : Figure.values()) {
      if (!figure.measured(base) || !figure.measured(now)) {
        continue;
      }
      List<Stat> stats = figure.compared();
      double[] was = figure.values(base, stats);
      double[] is = figure.values(now, stats);
      Bootstrap.Interval[] diff = Bootstrap.differences(figure, base, now, Bootstrap.RESAMPLES, Bootstrap.SEED);
      for (int i = 0; i < stats.size(); i++) {
        rows.add(new Row(figure, stats.get(i), was[i], is[i], diff[i]));
      }
    }
    return new Comparison(baseline, rows);
  }

  /**
   * One check per figure with a {@code max-regression-pct} bound: it fails only when the regression is significantly
   * beyond the bound (the whole 95 % interval of the change is worse than it), so neither noise nor a real change
   * within the bound fails a build.
   */
  public List<Check> judge(Thresholds t) {
    List<Check> out = new ArrayList<>();
    for (Row r : rows) {
      String figureKey = r.figure().regressionKey(r.stat());
      Double bound = t.maxRegressionPct(figureKey);
      if (bound == null) {
        continue;
      }
      boolean failed = r.leastRegressionPct() > bound;
      String message = String.format(Locale.ROOT,
          "%s vs baseline: %s -> %s %s, regression %s %% (at least %s %% at 95 %% confidence), %s the bound of %s %%",
          r.name(), Check.number(r.baseline()), Check.number(r.now()), r.figure().unit(),
          Check.number(r.regressionPct()), Check.number(r.leastRegressionPct()), failed ? "beyond" : "within",
          Check.number(bound));
      String key = t.maxRegressionPct().containsKey(figureKey) ? "assertions.max-regression-pct." + figureKey
          : "assertions.max-regression-pct";
      out.add(new Check(GROUP, r.name() + " vs baseline", key, r.regressionPct(), bound, "%",
          failed ? Check.Result.FAILED : Check.Result.PASSED, message));
    }
    return out;
  }

  /** The table printed after SGLang's block. */
  public String table() {
    StringBuilder out = new StringBuilder(PythonFormat.rule(" llmbench: against the baseline ", '=')).append('\n');
    out.append("baseline: ").append(baseline).append('\n');
    String format = "%-24s %12s %12s %9s %25s %5s%n";
    out.append(String.format(Locale.ROOT, format, "figure", "baseline", "now", "change", "95% CI of the change", "sig."));
    for (Row r : rows) {
      String interval = "[" + Check.number(r.difference().low()) + ", " + Check.number(r.difference().high()) + "]";
      out.append(String.format(Locale.ROOT, format, r.name() + " (" + r.figure().unit() + ")",
          Check.number(r.baseline()), Check.number(r.now()),
          String.format(Locale.ROOT, "%+.1f%%", r.changePct()), interval, r.significant() ? "yes" : "no"));
    }
    return out.append("=".repeat(PythonFormat.RULE_WIDTH)).append('\n').toString();
  }
}
