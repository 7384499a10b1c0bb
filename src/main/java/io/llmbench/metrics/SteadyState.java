package io.llmbench.metrics;

import io.llmbench.config.OptionGroup;
import io.llmbench.config.OptionSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a run where the load held steady, and its figures: what a ramp-up, a warm cache or a drain would
 * otherwise blur. Times are seconds since t=0.
 *
 * <p>{@code auto} works on the requests in flight: counted over steps of 1/1000 of the run (10 ms at least),
 * smoothed by a moving average as wide as the median E2E latency or the time 40 requests take to be sent, whichever
 * is longer (from 2 steps to a fifth of the run), so that neither one request's coming and going nor the randomness
 * of the arrivals reads as a change of load. The plateau is the level the run held or passed for a tenth of its
 * length (the curve's 90th percentile): the top of a ramp, the level of a steady rate, the cap when it is full. The
 * window is the longest stretch where the curve stays within ±10 % of the plateau (a dip out of the band shorter than
 * the smoothing width does not end it), so the ramp at the start and the drain at the end are left out: under a
 * steady rate, the ramp and the drain (and up to half the smoothing width more); on a ramp-up, everything below the
 * top; in an uncapped burst (everything sent at once, in flight only falling), the replies after the first tenth.
 * None is found when that stretch is shorter than half the smoothing width.
 *
 * <p>The figures count the requests sent inside the window (their latencies, successful ones only) and what arrived
 * inside it (output tokens, completed requests), per second of the window.
 *
 * @param mode {@code auto}, or {@code fixed} for a window given as {@code <start>s..<end>s}
 * @param requests successful requests sent in the window
 * @param requestThroughput successful requests completed in the window, per second of it
 * @param outputThroughput output tokens received in the window, per second of it
 */
public record SteadyState(
    String mode,
    double startS,
    double endS,
    int requests,
    double requestThroughput,
    double outputThroughput,
    Distribution ttftMs,
    Distribution itlMs,
    Distribution tpotMs,
    Distribution e2eMs) {
  public static final String OFF = "off";
  public static final String AUTO = "auto";
  private static final Pattern FIXED = Pattern.compile("(\\d+(?:\\.\\d+)?)s\\.\\.(\\d+(?:\\.\\d+)?)s");
  public static final OptionSpec<String> OPTION = OptionSpec.string("steady-state", AUTO,
      "steady-state figures after SGLang's: off, auto (where requests in flight hold within 10 % of their plateau) "
          + "or a window such as 30s..90s").check(SteadyState::parse).allowing("off | auto | <start>s..<end>s");
  public static final OptionGroup OPTIONS = new OptionGroup("steady state", List.of(OPTION));

  static final double BAND = 0.10;
  /** The plateau is the level the load held or passed for a tenth of the run. */
  static final double PLATEAU_PERCENTILE = 90;
  static final int STEPS = 1000;
  static final double MIN_STEP_S = 0.01;
  /** The smoothing spans at least this many sends, so that random arrivals do not read as changes of load. */
  static final int SMOOTHING_SENDS = 40;

  /**
   * The steady state of a run for the option's value: null when {@code off}, and when {@code auto} finds none.
   *
   * @param outcomes the measured requests (failures included: they were in flight too)
   * @param durationS the run's length from t=0
   */
  public static SteadyState of(String setting, List<RequestOutcome> outcomes, double durationS) {
    double[] window = parse(setting);
    if (window == null && setting.equals(AUTO)) {
      window = autoWindow(outcomes, durationS);
    }
    return window == null ? null : figures(setting.equals(AUTO) ? AUTO : "fixed", window[0], window[1], outcomes);
  }

  /** {@code [start, end]} of a fixed window, null for off and auto. */
  static double[] parse(String setting) {
    if (setting.equals(OFF) || setting.equals(AUTO)) {
      return null;
    }
    Matcher m = FIXED.matcher(setting.strip());
    if (!m.matches() || Double.parseDouble(m.group(1)) >= Double.parseDouble(m.group(2))) {
      throw new IllegalArgumentException("expected off, auto, or a window such as 30s..90s (start before end)");
    }
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
  }

  /** {@code auto}'s window, or null (see the class comment). */
  static double[] autoWindow(List<RequestOutcome> outcomes, double durationS) {
    if (outcomes.size() < 2 || durationS <= 0) {
      return null;
    }
    double step = Math.max(MIN_STEP_S, durationS / STEPS);
    double[] inFlight = inFlight(outcomes, step, (int) Math.ceil(durationS / step));
    double[] latencies = outcomes.stream().filter(RequestOutcome::success).mapToDouble(RequestOutcome::latency)
        .sorted().toArray();
    double sendSpan = outcomes.stream().mapToDouble(RequestOutcome::startTime).max().orElseThrow()
        - outcomes.stream().mapToDouble(RequestOutcome::startTime).min().orElseThrow();
    double width = Math.max(latencies.length == 0 ? 0 : Stats.medianOfSorted(latencies),
        SMOOTHING_SENDS * sendSpan / (outcomes.size() - 1));
    int k = (int) Math.max(2, Math.min(Math.round(width / step), inFlight.length / 5));
    double[] smooth = movingAverage(inFlight, k);
    double[] sorted = smooth.clone();
    Arrays.sort(sorted);
    double plateau = Stats.percentileOfSorted(sorted, PLATEAU_PERCENTILE);
    if (plateau <= 0) {
      return null;
    }
    // the longest stretch in the band, where a dip out of it shorter than the smoothing width is noise, not an end
    int bestStart = -1;
    int bestEnd = -1;
    int runStart = -1;
    int lastIn = -1;
    for (int s = 0; s < smooth.length; s++) {
      if (Math.abs(smooth[s] - plateau) > BAND * plateau) {
        continue;
      }
      if (runStart < 0 || s - lastIn > k) {
        runStart = s;
      }
      lastIn = s;
      if (lastIn - runStart > bestEnd - bestStart) {
        bestStart = runStart;
        bestEnd = lastIn;
      }
    }
    return bestEnd - bestStart + 1 < k / 2.0 ? null : new double[] {bestStart * step, (bestEnd + 1) * step};
  }

  /** The average number of requests in flight in each step (a request covers [start, start + latency)). */
  static double[] inFlight(List<RequestOutcome> outcomes, double step, int steps) {
    double[] covered = new double[steps + 1];
    double[] whole = new double[steps + 2]; // difference array of the steps a request covers entirely
    for (RequestOutcome o : outcomes) {
      double from = Math.max(0, o.startTime() / step);
      double to = Math.min((o.startTime() + o.latency()) / step, steps);
      if (to <= from) {
        continue;
      }
      int first = (int) Math.floor(from);
      int last = (int) Math.floor(to);
      if (first == last) {
        covered[first] += to - from;
        continue;
      }
      covered[first] += first + 1 - from;
      covered[last] += to - last;
      whole[first + 1]++;
      whole[last]--;
    }
    double[] out = new double[steps];
    double running = 0;
    for (int s = 0; s < steps; s++) {
      running += whole[s];
      out[s] = covered[s] + running;
    }
    return out;
  }

  /** The mean of each value's centred neighbourhood of k values (fewer at the edges). */
  static double[] movingAverage(double[] values, int k) {
    double[] prefix = new double[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      prefix[i + 1] = prefix[i] + values[i];
    }
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      int lo = Math.max(0, i - k / 2);
      int hi = Math.min(values.length, lo + k);
      out[i] = (prefix[hi] - prefix[lo]) / (hi - lo);
    }
    return out;
  }

  /** The window's figures (see the class comment). */
  static SteadyState figures(String mode, double startS, double endS, List<RequestOutcome> outcomes) {
    List<RequestOutcome> sent = new ArrayList<>();
    int completed = 0;
    double tokens = 0;
    for (RequestOutcome o : outcomes) {
      if (!o.success()) {
        continue;
      }
      if (o.startTime() >= startS && o.startTime() < endS) {
        sent.add(o);
      }
      double end = o.startTime() + o.latency();
      if (end >= startS && end < endS) {
        completed++;
      }
      // each token event (the first token, then one per ITL entry) carries an even share of the output
      double share = (double) o.outputLen() / (1 + o.itl().size());
      double t = o.startTime() + o.ttft();
      tokens += t >= startS && t < endS ? share : 0;
      for (double gap : o.itl()) {
        t += gap;
        tokens += t >= startS && t < endS ? share : 0;
      }
    }
    double length = endS - startS;
    return new SteadyState(mode, startS, endS, sent.size(), completed / length, tokens / length,
        millis(sent, o -> new double[] {o.ttft()}),
        millis(sent, o -> o.itl().stream().mapToDouble(Double::doubleValue).toArray()),
        millis(sent, o -> o.outputLen() > 1 ? new double[] {(o.latency() - o.ttft()) / (o.outputLen() - 1)}
            : new double[0]),
        millis(sent, o -> new double[] {o.latency()}));
  }

  private static Distribution millis(List<RequestOutcome> sent,
      java.util.function.Function<RequestOutcome, double[]> seconds) {
    return Distribution.of(sent.stream().map(seconds).flatMapToDouble(Arrays::stream).toArray()).scaled(1000);
  }
}
