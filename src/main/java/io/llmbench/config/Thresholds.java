package io.llmbench.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValueType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * CI gates from {@code llmbench.assertions}: {@code <stat>-<metric>-ms} limits, {@code max-failed-pct}, the bounds on
 * a regression against a baseline run, and which figure of repeated runs the gates read.
 *
 * @param latencyLimitsMs key such as {@code p99-ttft-ms} → upper bound in ms, in the order given
 * @param maxFailedPct upper bound on the percentage of failed requests, or null
 * @param minGoodputPct lower bound on the percentage of measured requests that are good by {@code goodput}, or null
 * @param maxRegressionPct figure such as {@code p99-ttft} (or {@link #ALL_FIGURES}) → largest regression allowed
 *     against the baseline, in percent
 * @param use {@code mean} or {@code upper-ci}: with repeats, the gates read the runs' mean or the upper bound of its
 *     95 % interval
 */
public record Thresholds(Map<String, Double> latencyLimitsMs, Double maxFailedPct, Double minGoodputPct,
    Map<String, Double> maxRegressionPct, String use) {
  public static final Set<String> STATS = Set.of("mean", "p50", "p75", "p90", "p95", "p99", "max");
  public static final Set<String> METRICS = Set.of("ttft", "itl", "tpot", "e2e");
  /** The statistics a baseline comparison covers, per metric. */
  public static final List<String> COMPARED_STATS = List.of("mean", "p50", "p90", "p99");
  /** The output token throughput, compared beside the latency figures. */
  public static final String THROUGHPUT = "throughput";
  /** The bound for every compared figure without one of its own. */
  public static final String ALL_FIGURES = "all";
  public static final String USE_MEAN = "mean";
  public static final String USE_UPPER_CI = "upper-ci";
  private static final String MAX_REGRESSION = "max-regression-pct";
  public static final String MIN_GOODPUT = "min-goodput-pct";
  public static final OptionSpec<Thresholds> ASSERTIONS = OptionSpec.custom("assertions", "object",
      new Thresholds(Map.of(), null, null, Map.of(), USE_MEAN),
      "<stat>-<metric>-ms with stat in " + new TreeSet<>(STATS) + ", metric in " + new TreeSet<>(METRICS)
          + "; max-failed-pct; min-goodput-pct; max-regression-pct (a number, or {all, <stat>-<metric>, throughput});"
          + " use = mean | upper-ci",
      "CI gates, judged on SGLang's figures into junit.xml and verdict.json: assertions { p99-ttft-ms = 500 }",
      Thresholds::read);
  static final OptionGroup OPTIONS = new OptionGroup("gates", List.of(ASSERTIONS));

  public Thresholds {
    latencyLimitsMs = Collections.unmodifiableMap(new LinkedHashMap<>(latencyLimitsMs));
    maxRegressionPct = Collections.unmodifiableMap(new LinkedHashMap<>(maxRegressionPct));
  }

  public boolean isEmpty() {
    return latencyLimitsMs.isEmpty() && maxFailedPct == null && minGoodputPct == null && maxRegressionPct.isEmpty()
        && use.equals(USE_MEAN);
  }

  /** The regression bound of a compared figure ({@code p99-ttft}, {@code throughput}), or null for none. */
  public Double maxRegressionPct(String figure) {
    return maxRegressionPct.getOrDefault(figure, maxRegressionPct.get(ALL_FIGURES));
  }

  /** The figures a regression bound may name: {@code <stat>-<metric>} of the compared statistics, and throughput. */
  public static Set<String> comparedFigures() {
    Set<String> figures = new TreeSet<>(Set.of(THROUGHPUT));
    METRICS.forEach(metric -> COMPARED_STATS.forEach(stat -> figures.add(stat + "-" + metric)));
    return figures;
  }

  private static Thresholds read(Config c, String root) {
    ConfigObject gates = c.getObject(root);
    Map<String, Double> limits = new LinkedHashMap<>();
    Double maxFailed = null;
    Double minGoodput = null;
    Map<String, Double> regression = Map.of();
    String use = USE_MEAN;
    Reader r = new Reader(c);
    for (String key : gates.keySet()) {
      String path = root + ".\"" + key + "\"";
      switch (key) {
        case "max-failed-pct" -> maxFailed = r.decimal(path, root + "." + key, 0.0, 100.0);
        case MIN_GOODPUT -> minGoodput = r.decimal(path, root + "." + key, 0.0, 100.0);
        case MAX_REGRESSION -> regression = regressionBounds(c, root + "." + MAX_REGRESSION);
        case "use" -> use = r.oneOf(root + ".use", USE_MEAN, USE_UPPER_CI);
        default -> limits.put(latencyGate(key, gates), r.decimal(path, root + "." + key, 0.0, Double.MAX_VALUE));
      }
    }
    return new Thresholds(limits, maxFailed, minGoodput, regression, use);
  }

  private static String latencyGate(String key, ConfigObject gates) {
    String[] parts = key.split("-");
    if (parts.length != 3 || !STATS.contains(parts[0]) || !METRICS.contains(parts[1]) || !parts[2].equals("ms")) {
      throw new ConfigError("assertions." + key, gates.get(key).unwrapped(),
          "unknown gate; expected <stat>-<metric>-ms with stat in " + new TreeSet<>(STATS)
              + " and metric in " + new TreeSet<>(METRICS) + ", max-failed-pct, " + MIN_GOODPUT
              + ", max-regression-pct or use");
    }
    return key;
  }

  /**
   * A number bounds every figure; an object bounds {@code all} and single figures. HOCON cannot hold both
   * {@code max-regression-pct = 10} and {@code max-regression-pct.p99-ttft = 5} (the object replaces the number,
   * silently with -D), so a number given as a system property beside an object is refused.
   */
  private static Map<String, Double> regressionBounds(Config c, String path) {
    Reader r = new Reader(c);
    if (c.getValue(path).valueType() != ConfigValueType.OBJECT) {
      return Map.of(ALL_FIGURES, r.decimal(path, 0.0, Double.MAX_VALUE));
    }
    if (System.getProperty("llmbench." + path) != null) {
      throw new ConfigError(path, System.getProperty("llmbench." + path),
          "beside per-figure bounds, give the bound for every figure as " + path + "." + ALL_FIGURES);
    }
    Map<String, Double> bounds = new LinkedHashMap<>();
    Set<String> allowed = comparedFigures();
    allowed.add(ALL_FIGURES);
    for (String figure : c.getObject(path).keySet()) {
      if (!allowed.contains(figure)) {
        throw new ConfigError(path + "." + figure, c.getObject(path).get(figure).unwrapped(),
            "unknown figure; expected one of " + allowed);
      }
      bounds.put(figure, r.decimal(path + ".\"" + figure + "\"", path + "." + figure, 0.0, Double.MAX_VALUE));
    }
    return bounds;
  }
}
