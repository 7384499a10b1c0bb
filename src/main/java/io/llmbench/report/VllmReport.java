package io.llmbench.report;

import static io.llmbench.python.PythonFormat.row;
import static io.llmbench.python.PythonFormat.row2f;
import static io.llmbench.python.PythonFormat.rule;

import io.llmbench.metrics.RequestOutcome;
import io.llmbench.metrics.VllmMetrics;
import io.llmbench.python.PythonFormat;
import io.llmbench.schedule.ArrivalProfiles;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What {@code vllm bench serve} prints and saves ({@code vllm/benchmarks/serve.py}): its console block byte for byte
 * and its result JSON, keys in its order. Speculative-decoding, probe, diffusion and audio (RTFx) figures are not
 * measured: their lines are left out as vLLM leaves them out when it has none ({@code rtfx} is saved as 0.0).
 */
public final class VllmReport {
  /** vLLM's {@code datetime.now().strftime("%Y%m%d-%H%M%S")}: the result's date and file-name stamp. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  /** The lists vLLM drops without {@code --save-detailed} ({@code latencies} and {@code queue_times} stay). */
  static final Set<String> DETAILED = Set.of("input_lens", "output_lens", "start_times", "ttfts", "itls",
      "generated_texts", "errors");
  private static final String CLOSING_RULE = "=".repeat(PythonFormat.RULE_WIDTH);
  private static final String RAMP_PREFIX = "ramp-up-";
  /** Per metric: the name in vLLM's lines ({@code Mean TTFT (ms):}) and its section's header. */
  private static final Map<String, String> NAMES = Map.of("ttft", "TTFT", "tpot", "TPOT", "itl", "ITL",
      "e2el", "E2EL", VllmMetrics.CLIENT_QUEUE_TIME, "Client Queue Time",
      VllmMetrics.E2EL_INCLUDING_CLIENT_QUEUE, "E2EL incl. Client Queue");
  private static final Map<String, String> HEADERS = Map.of("ttft", "Time to First Token",
      "tpot", "Time per Output Token (excl. 1st token)", "itl", "Inter-token Latency", "e2el", "End-to-end Latency",
      VllmMetrics.CLIENT_QUEUE_TIME, "Client-side Queueing",
      VllmMetrics.E2EL_INCLUDING_CLIENT_QUEUE, "Queue-inclusive End-to-end Latency");

  private VllmReport() {}

  /**
   * The run as the result JSON's setup keys see it.
   *
   * @param info the run's options and what the server said
   * @param modelId {@code model_id}
   * @param tokenizerId {@code tokenizer_id}
   * @param numPrompts {@code num_prompts}
   * @param date when the result was made, as {@link #DATE} formats it
   */
  public record Run(RunInfo info, String modelId, String tokenizerId, int numPrompts, String date) {
    public static Run of(RunInfo info, String modelId, String tokenizerId, int numPrompts, LocalDateTime now) {
      return new Run(info, modelId, tokenizerId, numPrompts, DATE.format(now));
    }

    boolean pooling() {
      return info.embeddingBackend();
    }

    Integer maxConcurrency() {
      return info.maxConcurrency();
    }

    /** {@code "ramp-up-linear"} gives {@code "linear"}; null without a ramp. */
    String rampUpStrategy() {
      String profile = info.options().get(ArrivalProfiles.ARRIVAL_PROFILE);
      return profile.startsWith(RAMP_PREFIX) ? profile.substring(RAMP_PREFIX.length()) : null;
    }

    /** vLLM's default: ttft, tpot, itl for generation, e2el for pooling. */
    List<String> percentileMetrics() {
      List<String> chosen = info.options().get(VllmOptions.PERCENTILE_METRICS);
      return chosen != null ? chosen : pooling() ? List.of("e2el") : List.of("ttft", "tpot", "itl");
    }

    List<Double> percentiles() {
      return info.options().get(VllmOptions.METRIC_PERCENTILES);
    }
  }

  /** The console block: starts with its title rule (no empty line before it, unlike SGLang's), ends with its rule. */
  public static String block(Run run, double durationS, VllmMetrics m) {
    List<String> out = new ArrayList<>();
    double rate = run.info().requestRate();
    boolean generation = !run.pooling();
    out.add(rule(" Serving Benchmark Result ", '='));
    out.add(row("Successful requests:", m.completed()));
    out.add(row("Failed requests:", m.failed()));
    if (run.maxConcurrency() != null) {
      out.add(row("Maximum request concurrency:", run.maxConcurrency()));
    }
    if (rate != Double.POSITIVE_INFINITY) {
      out.add(row2f("Request rate configured (RPS):", rate));
    }
    out.add(row2f("Benchmark duration (s):", durationS));
    out.add(row("Total input tokens:", m.totalInput()));
    if (generation) {
      out.add(row("Total generated tokens:", m.totalOutput()));
    }
    out.add(row2f("Request throughput (req/s):", m.requestThroughput()));
    if (!generation) {
      out.add(row2f("Input throughput (inputs/s):", m.requestThroughput()));
    }
    if (generation && m.goodput() != null) {
      out.add(row2f("Request goodput (req/s):", m.requestGoodput()));
    }
    if (generation) {
      out.add(row2f("Output token throughput (tok/s):", m.outputThroughput()));
      out.add(row2f("Peak output token throughput (tok/s):", m.maxOutputTokensPerS()));
      out.add(row2f("Peak concurrent requests:", m.maxConcurrentRequests()));
    }
    out.add(row2f("Total token throughput (tok/s):", totalTokenThroughput(run, m, durationS)));
    forEachMetric(run, m, (metric, stat) -> {
      out.add(rule(HEADERS.get(metric), '-'));
      out.add(row2f("Mean " + NAMES.get(metric) + " (ms):", stat.mean()));
      out.add(row2f("Median " + NAMES.get(metric) + " (ms):", stat.median()));
      List<Double> ps = run.percentiles();
      for (int i = 0; i < ps.size(); i++) {
        out.add(row2f("P" + pWord(ps.get(i)) + " " + NAMES.get(metric) + " (ms):", stat.percentiles().get(i)));
      }
    });
    out.add(CLOSING_RULE);
    StringBuilder sb = new StringBuilder();
    out.forEach(line -> sb.append(line).append('\n'));
    return sb.toString();
  }

  /**
   * The result JSON as an ordered map: setup keys, {@code metadata}'s, traffic keys, then the benchmark's, the
   * per-request lists kept only with {@code save-detailed} (failures included, in dispatch order; {@code start_times}
   * in seconds from the run's t=0 where vLLM's count from an arbitrary {@code perf_counter} origin).
   */
  public static Map<String, Object> result(Run run, double durationS, VllmMetrics m, List<RequestOutcome> outcomes) {
    Map<String, Object> r = new LinkedHashMap<>();
    var options = run.info().options();
    r.put("date", run.date());
    r.put("endpoint_type", run.info().backend());
    r.put("backend", run.info().backend());
    r.put("label", options.get(VllmOptions.LABEL));
    r.put("model_id", run.modelId());
    r.put("tokenizer_id", run.tokenizerId());
    r.put("num_prompts", run.numPrompts());
    r.putAll(options.get(VllmOptions.METADATA));
    double rate = run.info().requestRate();
    r.put("request_rate", rate < Double.POSITIVE_INFINITY ? (Object) rate : "inf");
    r.put("burstiness", options.get(ArrivalProfiles.BURSTINESS));
    r.put("max_concurrency", run.maxConcurrency());
    if (run.rampUpStrategy() != null) {
      r.put("ramp_up_strategy", run.rampUpStrategy());
      r.put("ramp_up_start_rps", pyNumber(options.get(ArrivalProfiles.RAMP_UP_START_RPS)));
      r.put("ramp_up_end_rps", pyNumber(options.get(ArrivalProfiles.RAMP_UP_END_RPS)));
    }
    // a metadata key vLLM's benchmark also sets keeps its place and takes the benchmark's value, as {**a, **b} does
    r.put("duration", durationS);
    r.put("completed", m.completed());
    if (run.pooling()) {
      r.put("total_input_tokens", m.totalInput());
      r.put("total_input_sequences", m.completed());
      r.put("request_throughput", m.requestThroughput());
      r.put("input_sequence_throughput", m.requestThroughput());
      r.put("total_token_throughput", totalTokenThroughput(run, m, durationS));
      r.put("input_lens", each(outcomes, RequestOutcome::promptLen));
      r.put("latencies", each(outcomes, RequestOutcome::latency));
      r.put("queue_times", each(outcomes, VllmReport::queueTime));
      r.put("errors", each(outcomes, RequestOutcome::error));
    } else {
      r.put("failed", m.failed());
      r.put("total_input_tokens", m.totalInput());
      r.put("total_output_tokens", m.totalOutput());
      r.put("request_throughput", m.requestThroughput());
      r.put("request_goodput", m.goodput() != null ? (Object) m.requestGoodput() : null);
      r.put("output_throughput", m.outputThroughput());
      r.put("total_token_throughput", m.totalTokenThroughput());
      r.put("input_lens", each(outcomes, RequestOutcome::promptLen));
      r.put("output_lens", m.outputLens());
      r.put("ttfts", each(outcomes, RequestOutcome::ttft));
      r.put("itls", each(outcomes, RequestOutcome::itl));
      r.put("latencies", each(outcomes, RequestOutcome::latency));
      r.put("start_times", each(outcomes, RequestOutcome::startTime));
      r.put("queue_times", each(outcomes, VllmReport::queueTime));
      r.put("generated_texts", each(outcomes, RequestOutcome::generatedText));
      r.put("errors", each(outcomes, RequestOutcome::error));
      r.put("max_output_tokens_per_s", m.maxOutputTokensPerS());
      r.put("max_concurrent_requests", m.maxConcurrentRequests());
      r.put("rtfx", 0.0);
    }
    forEachMetric(run, m, (metric, stat) -> {
      r.put("mean_" + metric + "_ms", stat.mean());
      r.put("median_" + metric + "_ms", stat.median());
      r.put("std_" + metric + "_ms", stat.std());
      List<Double> ps = run.percentiles();
      for (int i = 0; i < ps.size(); i++) {
        r.put("p" + pWord(ps.get(i)) + "_" + metric + "_ms", stat.percentiles().get(i));
      }
    });
    if (!options.get(VllmOptions.SAVE_DETAILED)) {
      r.keySet().removeAll(DETAILED);
    }
    return r;
  }

  /**
   * vLLM's file name: {@code <label>-<rate>qps[-concurrency<n>]-<model>-<date>.json}, or with a ramp {@code
   * <label>-ramp-up-<strategy>-<start>qps-<end>qps[-concurrency<n>]-<model>-<date>.json}; the label defaults to the
   * backend, the model is the part after the last '/', and {@code result-filename} replaces all of it.
   */
  public static String fileName(Run run) {
    var options = run.info().options();
    String given = options.get(VllmOptions.RESULT_FILENAME);
    if (given != null) {
      return given;
    }
    String label = options.get(VllmOptions.LABEL) != null ? options.get(VllmOptions.LABEL) : run.info().backend();
    String concurrency = run.maxConcurrency() != null ? "-concurrency" + run.maxConcurrency() : "";
    String model = run.modelId().substring(run.modelId().lastIndexOf('/') + 1);
    String traffic = run.rampUpStrategy() != null
        ? "ramp-up-" + run.rampUpStrategy() + "-" + pyNumber(options.get(ArrivalProfiles.RAMP_UP_START_RPS)) + "qps-"
            + pyNumber(options.get(ArrivalProfiles.RAMP_UP_END_RPS)) + "qps"
        : PythonFormat.repr(run.info().requestRate()) + "qps";
    return label + "-" + traffic + concurrency + "-" + model + "-" + run.date() + ".json";
  }

  /**
   * vLLM's {@code process_one_metric} calls in its order, each only when chosen: the token metrics for generation,
   * E2EL, then the client queue with a concurrency cap, and E2EL with the queue when the rate is finite too.
   */
  private static void forEachMetric(Run run, VllmMetrics m, BiConsumer<String, VllmMetrics.Stat> action) {
    List<String> order = new ArrayList<>();
    if (!run.pooling()) {
      order.addAll(List.of("ttft", "tpot", "itl"));
    }
    order.add("e2el");
    if (run.maxConcurrency() != null) {
      order.add(VllmMetrics.CLIENT_QUEUE_TIME);
      if (run.info().requestRate() != Double.POSITIVE_INFINITY) {
        order.add(VllmMetrics.E2EL_INCLUDING_CLIENT_QUEUE);
      }
    }
    List<String> chosen = run.percentileMetrics();
    order.stream().filter(chosen::contains).forEach(metric -> action.accept(metric, m.stats().get(metric)));
  }

  /** Pooling counts no output tokens: its total token throughput is the input's. */
  private static double totalTokenThroughput(Run run, VllmMetrics m, double durationS) {
    return run.pooling() ? m.totalInput() / durationS : m.totalTokenThroughput();
  }

  /** {@code str(int(p)) if int(p) == p else str(p)}: 99 for 99.0, 99.9 stays. */
  static String pWord(double p) {
    return p == Math.rint(p) ? Long.toString((long) p) : PythonFormat.repr(p);
  }

  /** vLLM's ramp rates are ints: a whole number saves as one. */
  private static Object pyNumber(Double value) {
    return value == Math.rint(value) ? (Object) value.longValue() : value;
  }

  private static double queueTime(RequestOutcome o) {
    return o.startTime() - o.scheduledTime();
  }

  private static <T> List<T> each(List<RequestOutcome> outcomes, Function<RequestOutcome, T> field) {
    return outcomes.stream().map(field).toList();
  }
}
