package io.llmbench.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * CI gates from {@code llmbench.assertions}: {@code <stat>-<metric>-ms} limits and {@code max-failed-pct}.
 *
 * @param latencyLimitsMs key such as {@code p99-ttft-ms} → upper bound in ms, in the order given
 * @param maxFailedPct upper bound on the percentage of failed requests, or null
 */
public record Thresholds(Map<String, Double> latencyLimitsMs, Double maxFailedPct) {
  public static final Set<String> STATS = Set.of("mean", "p50", "p75", "p90", "p95", "p99", "max");
  public static final Set<String> METRICS = Set.of("ttft", "itl", "tpot", "e2e");
  static final OptionSpec<Thresholds> ASSERTIONS = OptionSpec.custom("assertions", "object",
      new Thresholds(Map.of(), null),
      "<stat>-<metric>-ms with stat in " + new TreeSet<>(STATS) + ", metric in " + new TreeSet<>(METRICS)
          + ", and max-failed-pct",
      "CI gates, each a Gatling assertion: assertions { p99-ttft-ms = 500, max-failed-pct = 0 }", Thresholds::read);
  static final OptionGroup OPTIONS = new OptionGroup("gates", List.of(ASSERTIONS));

  public Thresholds {
    latencyLimitsMs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(latencyLimitsMs));
  }

  public boolean isEmpty() {
    return latencyLimitsMs.isEmpty() && maxFailedPct == null;
  }

  private static Thresholds read(Config c, String root) {
    ConfigObject gates = c.getObject(root);
    Map<String, Double> limits = new LinkedHashMap<>();
    Double maxFailed = null;
    Reader r = new Reader(c);
    for (String key : gates.keySet()) {
      String path = root + ".\"" + key + "\"";
      if (key.equals("max-failed-pct")) {
        maxFailed = r.decimal(path, root + "." + key, 0.0, 100.0);
        continue;
      }
      String[] parts = key.split("-");
      if (parts.length != 3 || !STATS.contains(parts[0]) || !METRICS.contains(parts[1]) || !parts[2].equals("ms")) {
        throw new ConfigError(root + "." + key, gates.get(key).unwrapped(),
            "unknown gate; expected <stat>-<metric>-ms with stat in " + new TreeSet<>(STATS)
                + " and metric in " + new TreeSet<>(METRICS) + ", or max-failed-pct");
      }
      limits.put(key, r.decimal(path, root + "." + key, 0.0, Double.MAX_VALUE));
    }
    return new Thresholds(limits, maxFailed);
  }
}
