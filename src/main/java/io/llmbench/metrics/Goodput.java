package io.llmbench.metrics;

import io.llmbench.config.OptionGroup;
import io.llmbench.config.OptionSpec;
import io.llmbench.python.PythonFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Service level objectives a request must all meet to count as good, as {@code vllm bench serve --goodput} takes
 * them ({@code "ttft:200 tpot:50 e2el:1000"}, milliseconds), plus {@code itl}: every gap of the request within the
 * bound. A request is good when it succeeded and each of its values is at most its bound (vLLM's {@code slo >= value},
 * compared in seconds after dividing the bound by 1000); a request with one output token has TPOT 0, as in vLLM.
 *
 * @param slosMs metric name to bound in ms, in the order given (a repeated name keeps its first place, last value)
 */
public record Goodput(Map<String, Double> slosMs) {
  public static final List<String> METRICS = List.of("ttft", "tpot", "itl", "e2el");
  public static final Goodput NONE = new Goodput(Map.of());
  public static final OptionSpec<Goodput> OPTION = OptionSpec.optionalString("goodput",
          "service level objectives, in ms, a request must all meet to count as good: request_goodput and the good"
              + " share in both modes, gate assertions.min-goodput-pct")
      .map(NONE, Goodput::parse)
      .allowing("\"KEY:VALUE\" pairs separated by spaces, KEY in " + METRICS + ", VALUE >= 0 (ms), or null");
  public static final OptionGroup OPTIONS = new OptionGroup("goodput", List.of(OPTION));

  private static final double MS_PER_S = 1000;
  // what Python's float() takes, less the underscores and surrounding blanks it also allows
  private static final Pattern PY_FLOAT = Pattern.compile(
      "[+-]?((\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

  public Goodput {
    slosMs = Collections.unmodifiableMap(new LinkedHashMap<>(slosMs));
  }

  public boolean isSet() {
    return !slosMs.isEmpty();
  }

  /** vLLM's {@code parse_goodput} and {@code check_goodput_args}, with their messages; null or blank is none. */
  public static Goodput parse(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    Map<String, Double> slos = new LinkedHashMap<>();
    for (String pair : text.trim().split("\\s+")) {
      String[] parts = pair.split(":", -1);
      if (parts.length != 2 || !PY_FLOAT.matcher(parts[1]).matches()) {
        throw new IllegalArgumentException("Invalid format found for service level objectives. Specify service level"
            + " objectives for goodput as \"KEY:VALUE\" pairs, where the key is a metric name, and the value is a"
            + " number in milliseconds.");
      }
      slos.put(parts[0], pyFloat(parts[1]));
    }
    slos.forEach((name, value) -> {
      String shown = name + ": " + PythonFormat.repr(value);
      if (!METRICS.contains(name)) {
        throw new IllegalArgumentException("Invalid metric name found, " + shown + ". The service level objective"
            + " name should be one of " + pyList(METRICS) + ".");
      }
      if (value < 0) {
        throw new IllegalArgumentException("Invalid value found, " + shown + ". The service level objective value"
            + " should be non-negative.");
      }
    });
    return new Goodput(slos);
  }

  /**
   * Whether one successful request met every objective.
   *
   * @param tpot seconds per output token after the first, 0 for a request with at most one output token
   * @param itl the request's gaps in seconds
   */
  public boolean isGood(double ttft, double tpot, double[] itl, double e2el) {
    for (Map.Entry<String, Double> slo : slosMs.entrySet()) {
      double bound = slo.getValue() / MS_PER_S;
      boolean met = switch (slo.getKey()) {
        case "ttft" -> bound >= ttft;
        case "tpot" -> bound >= tpot;
        case "e2el" -> bound >= e2el;
        default -> allWithin(itl, bound);
      };
      if (!met) {
        return false;
      }
    }
    return true;
  }

  /**
   * The run's goodput from its samples: good requests among the successful ones (failures are never good), per
   * second of the benchmark, and their share of all measured requests, failures included.
   */
  public Figures of(Samples s) {
    int good = 0;
    for (int i = 0; i < s.completed(); i++) {
      double tpot = s.tpot()[i].length == 0 ? 0.0 : s.tpot()[i][0];
      if (isGood(s.ttft()[i][0], tpot, s.itl()[i], s.e2e()[i][0])) {
        good++;
      }
    }
    return Figures.of(good, s.completed() + s.failed(), s.durationS());
  }

  /**
   * Goodput figures.
   *
   * @param good successful requests that met every objective
   * @param requests every measured request, failures included
   * @param requestGoodput good / duration (vLLM's {@code request_goodput}, req/s)
   * @param goodPct 100 · good / requests (0 without requests)
   */
  public record Figures(int good, int requests, double requestGoodput, double goodPct) {
    public static Figures of(int good, int requests, double durationS) {
      return new Figures(good, requests, good / durationS, requests == 0 ? 0.0 : 100.0 * good / requests);
    }
  }

  private static boolean allWithin(double[] values, double bound) {
    for (double v : values) {
      if (!(bound >= v)) {
        return false;
      }
    }
    return true;
  }

  private static double pyFloat(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    boolean negative = lower.startsWith("-");
    String unsigned = lower.replaceFirst("^[+-]", "");
    if (unsigned.startsWith("inf")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return unsigned.equals("nan") ? Double.NaN : Double.parseDouble(s);
  }

  /** {@code str(list)} of strings: {@code ['ttft', 'tpot']}. */
  private static String pyList(List<String> names) {
    return "['" + String.join("', '", names) + "']";
  }
}
