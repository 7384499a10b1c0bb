package io.llmbench.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SGLang's {@code calculate_metrics} (spec §7) plus our extras, as pure functions.
 *
 * <p>Arithmetic follows the reference operation for operation (sums in dispatch order, NumPy
 * reductions via {@link Stats}, seconds converted to ms after each statistic), so the JSONL floats
 * match to the last digit. Unlike the reference, a run without successes yields zeros instead of
 * crashing in {@code np.percentile}.
 */
public final class Metrics {
  private static final double MS_PER_S = 1000;

  private Metrics() {}

  /** {@link #compute(List, double, boolean)} with ITL from {@link RequestOutcome#itl()}. */
  public static BenchmarkMetrics compute(List<RequestOutcome> outcomes, double durationS) {
    return compute(outcomes, durationS, false);
  }

  /**
   * Metrics over {@code outcomes} in dispatch order (warm-up excluded).
   *
   * @param retokenizedItl take SGLang's ITL family from {@link RequestOutcome#perTokenItl()}, as
   *     the reference does when {@link #usesRetokenizedItl} holds; the peak-token timeline and the
   *     JSONL {@code itls} stay on the raw {@link RequestOutcome#itl()} either way
   */
  public static BenchmarkMetrics compute(
      List<RequestOutcome> outcomes, double durationS, boolean retokenizedItl) {
    List<RequestOutcome> successes = new ArrayList<>();
    Map<String, Long> errors = new LinkedHashMap<>();
    for (RequestOutcome o : outcomes) {
      if (o.success()) {
        successes.add(o);
      } else {
        errors.merge(errorReason(o.error()), 1L, Long::sum);
      }
    }
    int completed = successes.size();
    double[] e2e = new double[completed];
    double[] ttft = new double[completed];
    double[] ttftInclQueue = new double[completed];
    double[] e2eInclQueue = new double[completed];
    double[] queueWait = new double[completed];
    double[] tpot = new double[completed];
    int tpotCount = 0;
    long totalInput = 0;
    long totalInputText = 0;
    long totalInputVision = 0;
    long totalOutput = 0;
    long totalOutputRetokenized = 0;
    for (int i = 0; i < completed; i++) {
      RequestOutcome o = successes.get(i);
      totalInput += o.promptLen();
      totalInputText += o.textPromptLen();
      totalInputVision += o.visionPromptLen();
      totalOutput += o.outputLen();
      totalOutputRetokenized += o.outputLenRetokenized();
      if (o.outputLen() > 1) {
        tpot[tpotCount++] = tpot(o);
      }
      ttft[i] = o.ttft();
      e2e[i] = o.latency();
      ttftInclQueue[i] = o.startTime() + o.ttft() - o.scheduledTime();
      e2eInclQueue[i] = o.startTime() + o.latency() - o.scheduledTime();
      queueWait[i] = o.startTime() - o.scheduledTime();
    }
    double[] rawItl = pooled(successes, false);
    double[] perTokenItl = pooled(successes, true);
    // Python int / float: the int is converted exactly, then one correctly rounded division.
    return new BenchmarkMetrics(
        durationS,
        completed,
        totalInput,
        totalInputText,
        totalInputVision,
        totalOutput,
        totalOutputRetokenized,
        completed / durationS,
        totalInput / durationS,
        totalOutput / durationS,
        totalOutputRetokenized / durationS,
        (totalInput + totalOutput) / durationS,
        (totalInput + totalOutputRetokenized) / durationS,
        millis(e2e),
        millis(ttft),
        millis(Arrays.copyOf(tpot, tpotCount)),
        millis(retokenizedItl ? perTokenItl : rawItl),
        Stats.sum(e2e) / durationS,
        peakOutputTokensPerSecond(successes),
        peakConcurrentRequests(successes),
        CacheReport.of(successes),
        outcomes.size() - completed,
        sortedByCountDesc(errors),
        millis(perTokenItl),
        millis(ttftInclQueue),
        millis(e2eInclQueue),
        millis(queueWait),
        peakOverlap(outcomes));
  }

  /** SGLang's TPOT of one request with more than one output token: the time after the first token, per later token. */
  public static double tpot(RequestOutcome o) {
    return (o.latency() - o.ttft()) / (o.outputLen() - 1);
  }

  /**
   * SGLang's condition for splitting each chunk gap over the client-tokenized chunk text: a run of a backend that
   * retokenizes ITL ({@code Backend.retokenizesItl}) whose server reports a positive accept length.
   */
  public static boolean usesRetokenizedItl(boolean backendRetokenizes, Double acceptLength) {
    return backendRetokenizes && acceptLength != null && acceptLength > 0;
  }

  /** The grouping key of a failure: the first line of its error text, trimmed. */
  public static String errorReason(String error) {
    int newline = error.indexOf('\n');
    String firstLine = (newline < 0 ? error : error.substring(0, newline)).strip();
    return firstLine.isEmpty() ? "(no error message)" : firstLine;
  }

  private static Distribution millis(double[] seconds) {
    return Distribution.of(seconds).scaled(MS_PER_S);
  }

  private static double[] pooled(List<RequestOutcome> successes, boolean perToken) {
    int size = 0;
    for (RequestOutcome o : successes) {
      size += (perToken ? o.perTokenItl() : o.itl()).size();
    }
    double[] pooled = new double[size];
    int k = 0;
    for (RequestOutcome o : successes) {
      for (double gap : perToken ? o.perTokenItl() : o.itl()) {
        pooled[k++] = gap;
      }
    }
    return pooled;
  }

  /**
   * Peak of the 1-second token buckets (§7.5): one count at start + ttft, then one per ITL entry at
   * the running sum. Python's {@code int()} truncates toward zero, as the long cast does.
   */
  static double peakOutputTokensPerSecond(List<RequestOutcome> successes) {
    if (successes.isEmpty()) {
      return 0.0;
    }
    double origin = firstStart(successes);
    long[] buckets = new long[bucketCount(successes, origin)];
    for (RequestOutcome o : successes) {
      double tokenTime = o.startTime() + o.ttft();
      countIn(buckets, tokenTime - origin);
      for (double gap : o.itl()) {
        tokenTime += gap;
        countIn(buckets, tokenTime - origin);
      }
    }
    return Arrays.stream(buckets).max().orElse(0);
  }

  /**
   * The most requests in flight at one instant, each from its send to its last line: a sweep over the sorted starts
   * and ends, an end before a start at the same instant (a slot passed on is not two requests).
   */
  static int peakOverlap(List<RequestOutcome> outcomes) {
    double[] starts = outcomes.stream().mapToDouble(RequestOutcome::startTime).sorted().toArray();
    double[] ends = outcomes.stream().mapToDouble(o -> o.startTime() + o.latency()).sorted().toArray();
    int inFlight = 0;
    int peak = 0;
    for (int s = 0, e = 0; s < starts.length; ) {
      if (e < ends.length && ends[e] <= starts[s]) {
        inFlight--;
        e++;
      } else {
        peak = Math.max(peak, ++inFlight);
        s++;
      }
    }
    return peak;
  }

  /** Peak of the 1-second concurrency buckets: a request counts in every second it touches. */
  private static int peakConcurrentRequests(List<RequestOutcome> successes) {
    if (successes.isEmpty()) {
      return 0;
    }
    double origin = firstStart(successes);
    int bucketCount = bucketCount(successes, origin);
    // Difference array: +1 at the first second, −1 after the last, then a running sum.
    int[] delta = new int[bucketCount + 1];
    for (RequestOutcome o : successes) {
      long first = (long) (o.startTime() - origin);
      long last = Math.min((long) ((o.startTime() + o.latency()) - origin), bucketCount - 1);
      if (first <= last) {
        delta[(int) first]++;
        delta[(int) last + 1]--;
      }
    }
    int running = 0;
    int peak = 0;
    for (int s = 0; s < bucketCount; s++) {
      running += delta[s];
      peak = Math.max(peak, running);
    }
    return peak;
  }

  private static double firstStart(List<RequestOutcome> successes) {
    return successes.stream().mapToDouble(RequestOutcome::startTime).min().orElseThrow();
  }

  /** B = int(ceil(M − m)) + 1, with M the latest end. */
  private static int bucketCount(List<RequestOutcome> successes, double origin) {
    double lastEnd =
        successes.stream().mapToDouble(o -> o.startTime() + o.latency()).max().orElseThrow();
    return (int) Math.ceil(lastEnd - origin) + 1;
  }

  private static void countIn(long[] buckets, double sinceOrigin) {
    long bucket = (long) sinceOrigin;
    if (bucket >= 0 && bucket < buckets.length) {
      buckets[(int) bucket]++;
    }
  }

  private static Map<String, Long> sortedByCountDesc(Map<String, Long> counts) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()) // stable: ties keep first-seen order
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
