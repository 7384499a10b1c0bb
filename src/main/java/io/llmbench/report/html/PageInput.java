package io.llmbench.report.html;

import io.llmbench.metrics.BenchmarkMetrics;
import io.llmbench.metrics.RequestOutcome;
import io.llmbench.metrics.SteadyState;
import io.llmbench.report.RunInfo;
import io.llmbench.run.RequestRecord;
import java.util.List;

/**
 * Everything the page shows, as the post-processor has it.
 *
 * @param runName the run folder's simulation name
 * @param target the server's base URL
 * @param console SGLang's block and ours, as printed
 * @param steady the steady-state window and its figures, or null
 * @param records the measured requests in dispatch order
 * @param outcomes the same requests as the metric math saw them (same order, same size)
 * @param originNanos t=0 of the measured phase
 * @param endNanos when the last measured request ended
 */
public record PageInput(
    String runName,
    String target,
    String model,
    String tokenizer,
    RunInfo info,
    String console,
    BenchmarkMetrics metrics,
    SteadyState steady,
    List<RequestRecord> records,
    List<RequestOutcome> outcomes,
    long originNanos,
    long endNanos) {
  public PageInput {
    if (records.size() != outcomes.size()) {
      throw new IllegalArgumentException(records.size() + " records but " + outcomes.size() + " outcomes");
    }
  }

  /** Milliseconds since t=0. */
  double ms(long nanos) {
    return (nanos - originNanos) / 1e6;
  }
}
