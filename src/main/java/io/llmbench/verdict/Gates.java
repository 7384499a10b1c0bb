package io.llmbench.verdict;

import io.llmbench.config.Thresholds;
import io.llmbench.metrics.Samples;
import java.util.ArrayList;
import java.util.List;

/** The fixed gates of {@code llmbench.assertions}, judged on SGLang's exact figures (not Gatling's whole ms). */
public final class Gates {
  static final String GROUP = "gates";

  private Gates() {}

  /** One check per {@code <stat>-<metric>-ms} gate, in the order given, then {@code max-failed-pct}. */
  public static List<Check> judge(Thresholds t, Samples s) {
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
    return out;
  }
}
