package io.llmbench.verdict;

import java.util.Locale;

/**
 * One test case of a verdict: a gate and how the run fared against it.
 *
 * @param group what kind of gate: {@code run} (did it run at all), {@code gates} (fixed bounds), {@code baseline}
 * @param name what is gated, as people say it: {@code p99 TTFT}
 * @param key the option that set the gate: {@code assertions.p99-ttft-ms}
 * @param measured the run's figure, or null when there is none
 * @param bound the figure's limit, or null for the run case
 * @param unit of measured and bound ({@code ms}, {@code %}, {@code tok/s})
 * @param message what a reader of the CI report needs: the measured value, the bound and the unit
 */
public record Check(String group, String name, String key, Double measured, Double bound, String unit, Result result,
    String message) {

  public enum Result {
    PASSED,
    /** The run breached the gate. */
    FAILED,
    /** The run could not be judged: it did not start, or measured nothing. */
    ERROR
  }

  /** A fixed upper bound, breached by a larger value. */
  public static Check atMost(String group, String name, String key, double measured, double bound, String unit) {
    return bounded(group, name, key, measured, bound, unit, measured <= bound, "above");
  }

  /** A fixed lower bound, breached by a smaller value. */
  public static Check atLeast(String group, String name, String key, double measured, double bound, String unit) {
    return bounded(group, name, key, measured, bound, unit, measured >= bound, "below");
  }

  private static Check bounded(String group, String name, String key, double measured, double bound, String unit,
      boolean ok, String beyond) {
    return new Check(group, name, key, measured, bound, unit, ok ? Result.PASSED : Result.FAILED,
        String.format(Locale.ROOT, "%s = %s %s, %s the bound of %s %s", name, number(measured), unit,
            ok ? "within" : beyond, number(bound), unit));
  }

  public static Check error(String group, String name, String key, String message) {
    return new Check(group, name, key, null, null, null, Result.ERROR, message);
  }

  /** Two decimals, as SGLang prints its figures. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
