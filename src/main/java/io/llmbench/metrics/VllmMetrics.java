package io.llmbench.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * vLLM's {@code calculate_metrics} ({@code vllm/benchmarks/serve.py}) as a pure function: the figures of {@code vllm
 * bench serve}'s console block and result JSON. Arithmetic follows it operation for operation, with NumPy's
 * reductions from {@link Stats}, so the JSON floats match to the last digit.
 *
 * @param completed successful requests
 * @param failed the others
 * @param totalInput Σ dataset prompt length over the successes
 * @param totalOutput Σ output length over the successes: the server's count, else the client tokenizer's (vLLM
 *     retokenizes the text when {@code output_tokens} is 0)
 * @param requestThroughput completed / duration
 * @param requestGoodput good requests / duration (0 without objectives)
 * @param outputThroughput totalOutput / duration
 * @param totalTokenThroughput (totalInput + totalOutput) / duration
 * @param maxOutputTokensPerS peak of the 1-second token buckets (as SGLang's)
 * @param maxConcurrentRequests the most successful requests in flight at one instant, over half-open [start, end)
 *     intervals (vLLM's sweep line: an end before a start at the same instant)
 * @param outputLens each request's output length in dispatch order, 0 for failures ({@code output_lens})
 * @param stats per metric name of {@link #METRICS}: mean, median, std and the chosen percentiles, in ms
 * @param goodput good requests and their share, or null without objectives
 */
public record VllmMetrics(int completed, int failed, long totalInput, long totalOutput, double requestThroughput,
    double requestGoodput, double outputThroughput, double totalTokenThroughput, double maxOutputTokensPerS,
    int maxConcurrentRequests, List<Integer> outputLens, Map<String, Stat> stats, Goodput.Figures goodput) {
  public static final String CLIENT_QUEUE_TIME = "client_queue_time";
  public static final String E2EL_INCLUDING_CLIENT_QUEUE = "e2el_including_client_queue";
  /** What {@code percentile-metrics} may name, in the order vLLM prints them. */
  public static final List<String> METRICS =
      List.of("ttft", "tpot", "itl", "e2el", CLIENT_QUEUE_TIME, E2EL_INCLUDING_CLIENT_QUEUE);
  private static final double MS_PER_S = 1000;

  public VllmMetrics {
    outputLens = List.copyOf(outputLens);
    stats = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stats));
  }

  /**
   * One metric's statistics in ms: {@code np.mean(x or 0) * 1000} and so on, {@code percentiles} in the order asked.
   */
  public record Stat(double mean, double median, double std, List<Double> percentiles) {
    static Stat of(double[] seconds, List<Double> percentiles) {
      double[] sorted = seconds.clone();
      java.util.Arrays.sort(sorted);
      List<Double> values = new ArrayList<>();
      for (double p : percentiles) {
        values.add(Stats.percentileOfSorted(sorted, p) * MS_PER_S);
      }
      return new Stat(Stats.mean(seconds) * MS_PER_S, Stats.medianOfSorted(sorted) * MS_PER_S,
          Stats.std(seconds) * MS_PER_S, values);
    }
  }

  /** The output length vLLM counts for a successful request: the server's, else the retokenized text's. */
  public static int outputLen(RequestOutcome o) {
    return o.outputLen() != 0 ? o.outputLen() : o.outputLenRetokenized();
  }

  /**
   * The figures over {@code outcomes} in dispatch order (warm-ups excluded).
   *
   * @param percentiles {@code metric-percentiles}, each in [0, 100]
   * @param goodput the objectives; {@link Goodput#NONE} for none
   */
  public static VllmMetrics compute(List<RequestOutcome> outcomes, double durationS, List<Double> percentiles,
      Goodput goodput) {
    List<RequestOutcome> successes = new ArrayList<>();
    List<Integer> outputLens = new ArrayList<>();
    List<Double> ttfts = new ArrayList<>();
    List<Double> tpots = new ArrayList<>();
    List<Double> itls = new ArrayList<>();
    List<Double> e2els = new ArrayList<>();
    List<Double> queue = new ArrayList<>();
    List<Double> e2elInclQueue = new ArrayList<>();
    long totalInput = 0;
    long totalOutput = 0;
    int good = 0;
    for (RequestOutcome o : outcomes) {
      if (!o.success()) {
        outputLens.add(0);
        continue;
      }
      successes.add(o);
      int outputLen = outputLen(o);
      outputLens.add(outputLen);
      totalInput += o.promptLen();
      totalOutput += outputLen;
      double tpot = 0.0; // vLLM counts a request of at most one token as TPOT 0 for goodput
      if (outputLen > 1) {
        tpot = (o.latency() - o.ttft()) / (outputLen - 1);
        tpots.add(tpot);
      }
      itls.addAll(o.itl());
      ttfts.add(o.ttft());
      e2els.add(o.latency());
      double queueTime = o.startTime() - o.scheduledTime();
      queue.add(queueTime);
      e2elInclQueue.add(o.latency() + queueTime);
      if (goodput.isSet() && goodput.isGood(o.ttft(), tpot, array(o.itl()), o.latency())) {
        good++;
      }
    }
    Map<String, Stat> stats = new LinkedHashMap<>();
    List<List<Double>> values = List.of(ttfts, tpots, itls, e2els, queue, e2elInclQueue);
    for (int i = 0; i < METRICS.size(); i++) {
      stats.put(METRICS.get(i), Stat.of(array(values.get(i)), percentiles));
    }
    return new VllmMetrics(successes.size(), outcomes.size() - successes.size(), totalInput, totalOutput,
        successes.size() / durationS, good / durationS, totalOutput / durationS,
        (totalInput + totalOutput) / durationS,
        Metrics.peakOutputTokensPerSecond(successes), Metrics.peakOverlap(successes), outputLens, stats,
        goodput.isSet() ? Goodput.Figures.of(good, outcomes.size(), durationS) : null);
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
