package io.llmbench.metrics;

import java.util.List;
import java.util.function.Function;

/**
 * Each successful request's own values of the figures a CI gate reads, in dispatch order and in seconds (output
 * tokens as counts): what SGLang's statistics are computed from, kept per request so that requests can be
 * resampled. Pooling the rows in order gives exactly the arrays {@link Metrics#compute} reduces.
 *
 * @param durationS the benchmark duration (throughput divides by it)
 * @param failed requests that did not succeed
 * @param ttft one value per request
 * @param itl each request's gaps (SGLang's ITL family: per chunk, or per token where SGLang retokenizes)
 * @param tpot one value per request with more than one output token, none otherwise
 * @param e2e one value per request
 * @param outputTokens one count per request
 */
public record Samples(double durationS, int failed, double[][] ttft, double[][] itl, double[][] tpot, double[][] e2e,
    double[][] outputTokens) {

  /** The samples of the outcomes {@code Metrics.compute(outcomes, durationS, retokenizedItl)} reduces. */
  public static Samples of(List<RequestOutcome> outcomes, double durationS, boolean retokenizedItl) {
    List<RequestOutcome> ok = outcomes.stream().filter(RequestOutcome::success).toList();
    return new Samples(durationS, outcomes.size() - ok.size(),
        rows(ok, o -> new double[] {o.ttft()}),
        rows(ok, o -> (retokenizedItl ? o.perTokenItl() : o.itl()).stream().mapToDouble(Double::doubleValue).toArray()),
        rows(ok, o -> o.outputLen() > 1 ? new double[] {Metrics.tpot(o)} : new double[0]),
        rows(ok, o -> new double[] {o.latency()}),
        rows(ok, o -> new double[] {o.outputLen()}));
  }

  /** Successful requests. */
  public int completed() {
    return ttft.length;
  }

  /** The values of the rows, in order: the array a statistic of the whole run reduces. */
  public static double[] pooled(double[][] rows) {
    int size = 0;
    for (double[] row : rows) {
      size += row.length;
    }
    double[] out = new double[size];
    int k = 0;
    for (double[] row : rows) {
      System.arraycopy(row, 0, out, k, row.length);
      k += row.length;
    }
    return out;
  }

  private static double[][] rows(List<RequestOutcome> ok, Function<RequestOutcome, double[]> values) {
    return ok.stream().map(values).toArray(double[][]::new);
  }
}
