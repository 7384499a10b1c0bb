package io.llmbench.report.html;

import io.llmbench.metrics.RequestOutcome;
import io.llmbench.run.RequestRecord;
import java.util.Arrays;
import java.util.List;

/**
 * The run over time, one value per step from t=0 on one axis: what the page's time charts draw. A step with no
 * sample of a percentile series holds NaN (no point drawn).
 *
 * @param stepS the step in seconds: 1, or longer for runs over {@link #MAX_STEPS} seconds
 * @param inFlight requests sent and not ended, averaged over the step
 * @param waiting requests past their intended send time still waiting for a concurrency slot, averaged over the step
 * @param outputTokensPerS tokens received in the step (the server's count per chunk, else the request's output
 *     length spread evenly over its chunks) per second
 * @param ttftP50Ms median TTFT of the first tokens received in the step
 * @param ttftP99Ms P99 of the same
 * @param itlP50Ms median of the chunk gaps ending in the step
 * @param itlP99Ms P99 of the same
 * @param sendLagMaxMs the largest client send lag (ready to sent) of the requests sent in the step
 */
record TimeSeries(
    double stepS,
    double[] inFlight,
    double[] waiting,
    double[] outputTokensPerS,
    double[] ttftP50Ms,
    double[] ttftP99Ms,
    double[] itlP50Ms,
    double[] itlP99Ms,
    double[] sendLagMaxMs) {
  /** More steps than this and the step grows: a chart has fewer pixels than that anyway. */
  static final int MAX_STEPS = 4000;

  static TimeSeries of(PageInput in) {
    double endMs = Math.max(in.ms(in.endNanos()), 1);
    double stepMs = 1000 * Math.max(1, Math.ceil(endMs / 1000 / MAX_STEPS));
    int steps = (int) Math.ceil(endMs / stepMs);
    double[] inFlight = new double[steps];
    double[] waiting = new double[steps];
    double[] tokens = new double[steps];
    double[] sendLag = new double[steps];
    Arrays.fill(sendLag, Double.NaN);
    LogHistograms ttft = new LogHistograms(steps);
    LogHistograms itl = new LogHistograms(steps);
    for (int i = 0; i < in.records().size(); i++) {
      RequestRecord r = in.records().get(i);
      RequestOutcome o = in.outcomes().get(i);
      addOccupancy(inFlight, in.ms(r.startNanos()), in.ms(r.endNanos()), stepMs);
      addOccupancy(waiting, in.ms(r.scheduledNanos()), in.ms(r.readyNanos()), stepMs);
      int sent = step(in.ms(r.startNanos()), stepMs, steps);
      sendLag[sent] = Math.max(Double.isNaN(sendLag[sent]) ? 0 : sendLag[sent], (r.startNanos() - r.readyNanos()) / 1e6);
      List<Long> chunks = r.response().contentChunkNanos();
      List<Integer> chunkTokens = r.response().contentChunkTokens();
      double evenShare = chunks.isEmpty() ? 0 : (double) o.outputLen() / chunks.size();
      for (int c = 0; c < chunks.size(); c++) {
        int at = step(in.ms(chunks.get(c)), stepMs, steps);
        tokens[at] += chunkTokens.get(c) > 0 ? chunkTokens.get(c) : evenShare;
        if (c > 0) {
          itl.add(at, (chunks.get(c) - chunks.get(c - 1)) / 1e6);
        }
      }
      if (o.success() && !chunks.isEmpty()) {
        ttft.add(step(in.ms(chunks.get(0)), stepMs, steps), o.ttft() * 1000);
      }
    }
    for (int s = 0; s < steps; s++) {
      inFlight[s] /= stepMs;
      waiting[s] /= stepMs;
      tokens[s] /= stepMs / 1000;
    }
    return new TimeSeries(stepMs / 1000, inFlight, waiting, tokens, ttft.percentiles(50), ttft.percentiles(99),
        itl.percentiles(50), itl.percentiles(99), sendLag);
  }

  /** Adds the time [fromMs, toMs) spends in each step, so that dividing by the step gives the average count. */
  private static void addOccupancy(double[] steps, double fromMs, double toMs, double stepMs) {
    if (toMs <= fromMs) {
      return;
    }
    for (int s = step(fromMs, stepMs, steps.length); s < steps.length && s * stepMs < toMs; s++) {
      steps[s] += Math.min(toMs, (s + 1) * stepMs) - Math.max(fromMs, s * stepMs);
    }
  }

  private static int step(double ms, double stepMs, int steps) {
    return (int) Math.max(0, Math.min(steps - 1, Math.floor(ms / stepMs)));
  }

  /**
   * Percentiles per step without keeping every sample (a long run has millions of chunk gaps): counts in log buckets
   * 2 % wide from 10 µs, so a percentile is within 1 % of the exact one.
   */
  static final class LogHistograms {
    private static final double FLOOR_MS = 0.01;
    private static final double GROWTH = Math.log(1.02);
    private final int[][] counts;

    LogHistograms(int steps) {
      counts = new int[steps][];
    }

    void add(int step, double ms) {
      int bucket = (int) Math.floor(Math.log(Math.max(ms, FLOOR_MS) / FLOOR_MS) / GROWTH);
      int[] c = counts[step];
      if (c == null || c.length <= bucket) {
        c = Arrays.copyOf(c == null ? new int[0] : c, bucket + 1);
        counts[step] = c;
      }
      c[bucket]++;
    }

    /** The q-th percentile of each step (nearest rank, the bucket's geometric middle), NaN for an empty step. */
    double[] percentiles(double q) {
      double[] out = new double[counts.length];
      for (int s = 0; s < counts.length; s++) {
        out[s] = Double.NaN;
        int[] c = counts[s];
        long n = c == null ? 0 : Arrays.stream(c).asLongStream().sum();
        long rank = (long) Math.ceil(q / 100 * n);
        long seen = 0;
        for (int b = 0; n > 0 && b < c.length; b++) {
          seen += c[b];
          if (seen >= Math.max(rank, 1)) {
            out[s] = FLOOR_MS * Math.exp((b + 0.5) * GROWTH);
            break;
          }
        }
      }
      return out;
    }
  }
}
