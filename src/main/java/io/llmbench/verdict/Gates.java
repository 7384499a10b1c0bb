package io.llmbench.verdict;

import io.llmbench.config.ConfigError;
import io.llmbench.config.Options;
import io.llmbench.config.Thresholds;
import io.llmbench.metrics.Goodput;
import io.llmbench.metrics.Samples;
import java.util.ArrayList;
import java.util.List;

/** The fixed gates of {@code llmbench.assertions}, judged on SGLang's exact figures (not Gatling's whole ms). */
public final class Gates {
  static final String GROUP = "gates";

  private Gates() {}

  static final String GOODPUT_KEY = "assertions." + Thresholds.MIN_GOODPUT;

  /** Refuses, before any load, a goodput gate without the objectives that say which requests are good. */
  public static void check(Options values) {
    Double min = values.get(Thresholds.ASSERTIONS).minGoodputPct();
    if (min != null && !values.get(Goodput.OPTION).isSet()) {
      throw new ConfigError(GOODPUT_KEY, min, "needs goodput, the objectives a good request meets, such as"
          + " goodput = \"ttft:200 tpot:50\"");
    }
  }

  /**
   * One check per {@code <stat>-<metric>-ms} gate, in the order given, then {@code max-failed-pct}, then {@code
   * min-goodput-pct} judged by {@code goodput}'s objectives.
   */
  public static List<Check> judge(Thresholds t, Goodput goodput, Samples s) {
    List<Check> out = new ArrayList<>();
    t.latencyLimitsMs().forEach((key, bound) -> {
      String[] parts = key.split("-");
      Figure figure = Figure.of(parts[1]);
      Stat stat = Stat.of(parts[0]);
      String name = figure.name(stat);
      out.add(figure.measured(s)
          ? Check.atMost(GROUP, name, "assertions." + key, figure.values(s, List.of(stat))[0], bound, figure.unit())
          : Check.error(GROUP, name, "assertions." + key, "no " + figure.label() + " was measured"));
    });
    if (t.maxFailedPct() != null) {
      int all = s.completed() + s.failed();
      double pct = all == 0 ? 0 : 100.0 * s.failed() / all;
      out.add(Check.atMost(GROUP, "failed requests", "assertions.max-failed-pct", pct, t.maxFailedPct(), "%"));
    }
    if (t.minGoodputPct() != null) {
      out.add(s.completed() + s.failed() == 0
          ? Check.error(GROUP, "good requests", GOODPUT_KEY, "no request was measured")
          : Check.atLeast(GROUP, "good requests", GOODPUT_KEY, goodput.of(s).goodPct(), t.minGoodputPct(), "%"));
    }
    return out;
  }
}
