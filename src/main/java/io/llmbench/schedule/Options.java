package io.llmbench.schedule;

/** Argument checks whose messages name the command-line option, the bad value and what is allowed. */
final class Options {
  private Options() {}

  static IllegalArgumentException invalid(String option, Object value, String allowed) {
    return new IllegalArgumentException(option + " = " + value + ": " + allowed);
  }

  /** A rate in requests/s: positive, +inf allowed (everything at t=0). */
  static double rate(String option, double value) {
    if (!(value > 0)) {
      throw invalid(option, value, "must be > 0 requests/s, or inf");
    }
    return value;
  }

  /** vLLM's {@code --burstiness}, the gamma shape of the gaps: positive, +inf allowed (evenly spaced). */
  static double burstiness(double value) {
    if (!(value > 0)) {
      throw invalid("burstiness", value,
          "must be > 0 (1 = Poisson, < 1 burstier, > 1 more uniform, inf = evenly spaced)");
    }
    return value;
  }

  /** A positive finite number. */
  static double positiveFinite(String option, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw invalid(option, value, "must be a finite number > 0");
    }
    return value;
  }

  static int count(int n) {
    if (n < 0) {
      throw invalid("num-prompts", n, "must be ≥ 0");
    }
    return n;
  }
}
