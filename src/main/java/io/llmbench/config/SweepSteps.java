package io.llmbench.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The steps of a rate sweep from {@code llmbench.sweep}: each step's request rate and prompt count. */
public final class SweepSteps {
  static final OptionGroup OPTIONS = new OptionGroup("rate sweeps (io.llmbench.simulations.RateSweep)", List.of(
      OptionSpec.strings("sweep.request-rates", List.of(), "one full run per rate, in turn"),
      OptionSpec.strings("sweep.num-prompts", List.of(),
          "prompts per rate, one per rate; or empty with sweep.duration set"),
      OptionSpec.optionalDuration("sweep.duration", "with sweep.num-prompts empty: num-prompts = rate x duration"),
      OptionSpec.custom("sweep.scale", "number", 1.0, "> 0",
          "multiplies every step's num-prompts (sweeps and suites), rounded up: 0.05 for a smoke run",
          (c, key) -> scale(c.getConfig("sweep")))));

  private SweepSteps() {}

  /** From the run's configuration ({@code -D} over {@code -Dconfig.file} over reference.conf). */
  public static List<Map<String, Object>> load() {
    ConfigFactory.invalidateCaches();
    return from(ConfigFactory.load().getConfig(ConfigLoader.ROOT + ".sweep"));
  }

  /** {@code llmbench.sweep.scale}: the factor every step's prompt count is multiplied by. */
  public static double scale() {
    ConfigFactory.invalidateCaches();
    return scale(ConfigFactory.load().getConfig(ConfigLoader.ROOT + ".sweep"));
  }

  static double scale(Config sweep) {
    Object raw = sweep.getValue("scale").unwrapped();
    double scale;
    try {
      scale = sweep.getDouble("scale");
    } catch (ConfigException e) {
      throw new ConfigError("sweep.scale", raw, "expected a number > 0, e.g. 0.05 for a 5% smoke run");
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new ConfigError("sweep.scale", raw, "expected a number > 0, e.g. 0.05 for a 5% smoke run");
    }
    return scale;
  }

  /** A step's prompt count times the scale, rounded up, at least 1. */
  public static long scaled(long numPrompts, double scale) {
    return Math.max(1, (long) Math.ceil(numPrompts * scale - 1e-9));
  }

  static List<Map<String, Object>> from(Config sweep) {
    List<Double> rates;
    List<Integer> prompts;
    try {
      rates = numbers(sweep, "request-rates").stream().map(Double::valueOf).toList();
      prompts = numbers(sweep, "num-prompts").stream().map(Integer::valueOf).toList();
    } catch (ConfigException | NumberFormatException e) {
      throw new ConfigError("sweep", sweep.root().unwrapped(), "expected lists of numbers: " + e.getMessage());
    }
    if (rates.isEmpty() || rates.stream().anyMatch(r -> !(r > 0) || r.isInfinite())) {
      throw new ConfigError("sweep.request-rates", rates, "expected a list of positive finite rates, e.g. [1, 2, 4, 8, 16]");
    }
    Duration duration = sweep.getIsNull("duration") ? null : sweep.getDuration("duration");
    if (prompts.isEmpty() == (duration == null)) {
      throw new ConfigError("sweep.num-prompts", prompts,
          "give either one prompt count per rate, or sweep.duration (num-prompts = rate x duration)");
    }
    if (!prompts.isEmpty() && prompts.size() != rates.size()) {
      throw new ConfigError("sweep.num-prompts", prompts, "expected " + rates.size() + " counts, one per rate");
    }
    List<Map<String, Object>> steps = new ArrayList<>();
    for (int i = 0; i < rates.size(); i++) {
      double rate = rates.get(i);
      long n = prompts.isEmpty() ? Math.max(1, Math.round(rate * duration.toMillis() / 1000.0)) : prompts.get(i);
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("request-rate", rate);
      step.put("num-prompts", n);
      steps.add(step);
    }
    return steps;
  }

  /** A HOCON list, or one comma-separated string as -D gives it ({@code -Dllmbench.sweep.request-rates=1,2,4}). */
  private static List<String> numbers(Config sweep, String key) {
    if (sweep.getValue(key).valueType() == com.typesafe.config.ConfigValueType.STRING) {
      String s = sweep.getString(key).trim();
      return s.isEmpty() ? List.of() : List.of(s.split("\\s*,\\s*"));
    }
    return sweep.getList(key).stream().map(v -> String.valueOf(v.unwrapped())).toList();
  }
}
