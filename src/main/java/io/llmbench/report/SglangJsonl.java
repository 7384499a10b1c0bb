package io.llmbench.report;

import io.llmbench.metrics.BenchmarkMetrics;
import io.llmbench.metrics.CacheReport;
import io.llmbench.metrics.Goodput;
import io.llmbench.run.ClientLoad;
import io.llmbench.schedule.RequestDelivery;
import io.llmbench.schedule.ScheduleFidelity;
import io.llmbench.metrics.Distribution;
import io.llmbench.metrics.RequestOutcome;
import io.llmbench.metrics.SteadyState;
import io.llmbench.python.PythonFormat;
import io.llmbench.python.PythonJson;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSONL record SGLang appends after each run (spec §9): its keys in its order, then, with
 * output details, the per-request arrays, then all of our extra keys.
 */
public final class SglangJsonl {
  private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");

  private SglangJsonl() {}

  /**
   * {@code json.dumps(record)}, one line WITHOUT the trailing newline: the caller appends
   * {@code "\n"} when it appends the line to the file (SGLang opens it in append mode).
   */
  public static String line(RunInfo run, BenchmarkMetrics m, List<RequestOutcome> outcomes) {
    return line(run, m, outcomes, null);
  }

  /** The line with the schedule's fidelity after every other key. */
  public static String line(
      RunInfo run, BenchmarkMetrics m, List<RequestOutcome> outcomes, ScheduleFidelity schedule) {
    return line(run, m, outcomes, schedule, null);
  }

  /** As {@link #line(RunInfo, BenchmarkMetrics, List, ScheduleFidelity)}, then the steady state's keys, if any. */
  public static String line(RunInfo run, BenchmarkMetrics m, List<RequestOutcome> outcomes, ScheduleFidelity schedule,
      SteadyState steady) {
    return line(run, m, outcomes, schedule, steady, null);
  }

  /**
   * As {@link #line(RunInfo, BenchmarkMetrics, List, ScheduleFidelity, SteadyState)}, then, when {@code goodput} is
   * set, {@code request_goodput} (vLLM's name, req/s), {@code good_requests} and {@code good_request_pct} (failures in
   * the denominator) last.
   */
  public static String line(RunInfo run, BenchmarkMetrics m, List<RequestOutcome> outcomes, ScheduleFidelity schedule,
      SteadyState steady, Goodput.Figures goodput) {
    Map<String, Object> r = record(run, m, outcomes, schedule);
    if (steady != null) {
      putSteadyState(r, steady);
    }
    if (goodput != null) {
      r.put("request_goodput", goodput.requestGoodput());
      r.put("good_requests", goodput.good());
      r.put("good_request_pct", goodput.goodPct());
    }
    return PythonJson.dumps(r);
  }

  /**
   * The steady state after every other key: {@code steady_state_mode}, {@code _start_s}, {@code _end_s},
   * {@code _requests}, {@code _request_throughput}, {@code _output_throughput}, then {@code mean, median, p90, p99}
   * of {@code steady_state_<ttft|itl|tpot|e2e_latency>_ms} ({@code mean_steady_state_ttft_ms}, ...).
   */
  static void putSteadyState(Map<String, Object> r, SteadyState s) {
    r.put("steady_state_mode", s.mode());
    r.put("steady_state_start_s", s.startS());
    r.put("steady_state_end_s", s.endS());
    r.put("steady_state_requests", s.requests());
    r.put("steady_state_request_throughput", s.requestThroughput());
    r.put("steady_state_output_throughput", s.outputThroughput());
    putSteadyFamily(r, "ttft", s.ttftMs());
    putSteadyFamily(r, "itl", s.itlMs());
    putSteadyFamily(r, "tpot", s.tpotMs());
    putSteadyFamily(r, "e2e_latency", s.e2eMs());
  }

  private static void putSteadyFamily(Map<String, Object> r, String name, Distribution d) {
    r.put("mean_steady_state_" + name + "_ms", d.mean());
    r.put("median_steady_state_" + name + "_ms", d.median());
    r.put("p90_steady_state_" + name + "_ms", d.p90());
    r.put("p99_steady_state_" + name + "_ms", d.p99());
  }

  /**
   * The record as an ordered map: SGLang's summary keys (ending with
   * {@code max_concurrent_requests}; {@code max_itl_ms} is not saved), the detail arrays when
   * {@link RunInfo#outputDetails()} ({@code input_lens}, {@code output_lens}, {@code ttfts},
   * {@code itls}, {@code generated_texts}, {@code errors}, one element per outcome in dispatch
   * order, failures included), then our extras: {@code failed}, {@code error_counts}, the
   * per-token ITL family ({@code mean, median, std, p90, p95, p99, max} × {@code _per_token_itl_ms}),
   * then {@code mean, median, p90, p99, max} of {@code _ttft_incl_queue_ms},
   * {@code _e2e_latency_incl_queue_ms} and {@code _queue_wait_ms}.
   */
  public static Map<String, Object> record(
      RunInfo run, BenchmarkMetrics m, List<RequestOutcome> outcomes) {
    return record(run, m, outcomes, null);
  }

  /**
   * As {@link #record(RunInfo, BenchmarkMetrics, List)}, then the schedule's fidelity last: {@code
   * target_request_rate}, {@code achieved_request_rate}, {@code schedule_gap_cv}, {@code median_send_lag_ms}, {@code p99_send_lag_ms},
   * {@code max_send_lag_ms}, {@code client_fell_behind}.
   */
  public static Map<String, Object> record(
      RunInfo run, BenchmarkMetrics m, List<RequestOutcome> outcomes, ScheduleFidelity schedule) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("tag", run.tag());
    r.put("backend", run.backend());
    r.put("dataset_name", run.datasetName());
    r.put("request_rate", run.traceTimestamps() ? "trace" : (Object) run.requestRate());
    r.put("max_concurrency", run.maxConcurrency());
    r.put("sharegpt_output_len", run.sharegptOutputLen());
    r.put("random_input_len", run.randomInputLen());
    r.put("random_output_len", run.randomOutputLen());
    r.put("random_range_ratio", run.randomRangeRatio());
    r.put("server_info", run.serverInfo());
    r.put("duration", m.durationS());
    r.put("completed", m.completed());
    r.put("total_input_tokens", m.totalInput());
    r.put("total_input_text_tokens", m.totalInputText());
    r.put("total_input_vision_tokens", m.totalInputVision());
    r.put("total_output_tokens", m.totalOutput());
    r.put("total_output_tokens_retokenized", m.totalOutputRetokenized());
    r.put("request_throughput", m.requestThroughput());
    r.put("input_throughput", m.inputThroughput());
    r.put("output_throughput", m.outputThroughput());
    r.put("total_throughput", m.totalThroughput());
    putSglangFamily(r, "e2e_latency", m.e2eLatencyMs());
    putSglangFamily(r, "ttft", m.ttftMs());
    putSglangFamily(r, "tpot", m.tpotMs());
    putSglangFamily(r, "itl", m.itlMs());
    r.put("concurrency", m.concurrency());
    r.put("accept_length", run.acceptLength());
    r.put("max_output_tokens_per_s", m.maxOutputTokensPerS());
    r.put("max_concurrent_requests", m.maxConcurrentRequests());
    if (run.cacheReport()) {
      r.put("cache_report", cacheReport(m.cacheReport()));
    }
    if (run.outputDetails()) {
      r.put("input_lens", each(outcomes, RequestOutcome::serverPromptLen));
      r.put("output_lens", each(outcomes, o -> o.success() ? o.outputLen() : 0));
      r.put("ttfts", each(outcomes, RequestOutcome::ttft));
      r.put("itls", each(outcomes, RequestOutcome::itl));
      r.put("generated_texts", each(outcomes, RequestOutcome::generatedText));
      r.put("errors", each(outcomes, RequestOutcome::error));
      if (run.cacheReport()) {
        r.put("cached_tokens", each(outcomes, o -> o.cachedTokens().count()));
        r.put("cached_tokens_details", each(outcomes, o -> o.cachedTokens().details()));
      }
    }
    if (run.interrupted()) {
      r.put("interrupted", true);
    }
    r.put("failed", m.failed());
    r.put("error_counts", m.errorCounts());
    r.put("peak_overlapping_requests", m.peakOverlappingRequests());
    putSglangFamily(r, "per_token_itl", m.perTokenItlMs());
    r.put("max_per_token_itl_ms", m.perTokenItlMs().max());
    putQueueFamily(r, "ttft_incl_queue", m.ttftInclQueueMs());
    putQueueFamily(r, "e2e_latency_incl_queue", m.e2eLatencyInclQueueMs());
    putQueueFamily(r, "queue_wait", m.queueWaitMs());
    if (schedule != null) {
      r.put("target_request_rate", schedule.rates().targetRate());
      r.put("achieved_request_rate", schedule.rates().achievedRate());
      r.put("schedule_gap_cv", schedule.intended().gapCv());
      r.put("median_send_lag_ms", schedule.sendLag().lagP50Ms());
      r.put("p99_send_lag_ms", schedule.sendLag().lagP99Ms());
      r.put("max_send_lag_ms", schedule.sendLag().lagMaxMs());
      r.put("client_fell_behind", schedule.clientFellBehind());
      RequestDelivery d = schedule.delivery();
      r.put("connections_opened", d.newConnections());
      r.put("connections_reused", d.reusedConnections());
      r.put("resent_requests", d.resent());
      r.put("median_connect_and_write_ms", d.connectAndWriteMs().median());
      r.put("p99_connect_and_write_ms", d.connectAndWriteMs().p99());
      r.put("median_slot_refill_ms", d.anyRefill() ? d.slotRefillMs().median() : null);
      r.put("p99_slot_refill_ms", d.anyRefill() ? d.slotRefillMs().p99() : null);
    }
    ClientLoad load = run.clientLoad();
    r.put("client_cpu_cores", load == null ? null : load.cores());
    r.put("client_jit_cores", load == null ? null : load.jitCores());
    return r;
  }

  /**
   * SGLang's default output file name (§9.1), relative to the working directory: {@code
   * <backend>_<MMDD>_<n>_<in>_<out>.jsonl} for datasets named {@code random*}, {@code
   * <backend>_<MMDD>_<n>_<in>_<out>_<imageCount>imgs_<imageResolution>.jsonl} for {@code image}, else {@code
   * <backend>_<MMDD>_<n>_<dataset>.jsonl} (the image count and resolution are used by {@code image} only).
   */
  public static String defaultFileName(
      String backend,
      String datasetName,
      int numPrompts,
      int randomInputLen,
      int randomOutputLen,
      int imageCount,
      String imageResolution,
      LocalDate date) {
    String prefix = backend + "_" + MMDD.format(date) + "_" + numPrompts + "_";
    if (datasetName.equals("image")) {
      return prefix + randomInputLen + "_" + randomOutputLen + "_" + imageCount + "imgs_"
          + imageResolution + ".jsonl";
    }
    if (datasetName.startsWith("random")) {
      return prefix + randomInputLen + "_" + randomOutputLen + ".jsonl";
    }
    return prefix + datasetName + ".jsonl";
  }

  /** §9.2 {@code cache_report}: tier counts null without details, storage also when 0. */
  private static Map<String, Object> cacheReport(CacheReport c) {
    CacheReport.Tiers t = c.tiers();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("total_prompt_tokens", c.totalPromptTokens());
    r.put("total_cached_tokens", c.totalCachedTokens());
    r.put("cache_hit_rate_pct", PythonFormat.round(c.hitRatePct(), 2));
    r.put("device_cached_tokens", t == null ? null : t.device());
    r.put("host_cached_tokens", t == null ? null : t.host());
    r.put("storage_cached_tokens", t == null || t.storage() == 0 ? null : t.storage());
    r.put("storage_backend", t == null ? null : t.storageBackend());
    return r;
  }

  /** SGLang's six keys per family: mean, median, std, p90, p95, p99. */
  private static void putSglangFamily(Map<String, Object> r, String name, Distribution d) {
    r.put("mean_" + name + "_ms", d.mean());
    r.put("median_" + name + "_ms", d.median());
    r.put("std_" + name + "_ms", d.std());
    r.put("p90_" + name + "_ms", d.p90());
    r.put("p95_" + name + "_ms", d.p95());
    r.put("p99_" + name + "_ms", d.p99());
  }

  private static void putQueueFamily(Map<String, Object> r, String name, Distribution d) {
    r.put("mean_" + name + "_ms", d.mean());
    r.put("median_" + name + "_ms", d.median());
    r.put("p90_" + name + "_ms", d.p90());
    r.put("p99_" + name + "_ms", d.p99());
    r.put("max_" + name + "_ms", d.max());
  }

  private static <T> List<T> each(List<RequestOutcome> outcomes, Function<RequestOutcome, T> field) {
    return outcomes.stream().map(field).toList();
  }
}
