package io.llmbench.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.llmbench.config.BenchConfig;
import io.llmbench.config.Options;
import io.llmbench.config.Thresholds;
import io.llmbench.metrics.Distribution;
import io.llmbench.metrics.Goodput;
import io.llmbench.metrics.Metrics;
import io.llmbench.metrics.RequestOutcome;
import io.llmbench.metrics.Samples;
import io.llmbench.metrics.Stats;
import io.llmbench.run.RequestRecord;
import io.llmbench.schedule.ArrivalProfiles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The page's data, one JSON object: small at 100,000 requests because every per-request value is a column (an array
 * of numbers, milliseconds since t=0 with one decimal) rather than an object per request. The page's script is the
 * one reader; {@code llm-report.html}'s header comment describes the shape.
 */
final class PageData {
  private static final JsonFactory JSON = new JsonFactory();

  private PageData() {}

  static String json(PageInput in, List<Double> itlThresholdsMs) {
    StringWriter out = new StringWriter(64 * 1024 + in.records().size() * 64);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      run(g, in);
      g.writeStringField("summary", in.console());
      gates(g, in);
      g.writeArrayFieldStart("itlThresholdsMs");
      for (double t : itlThresholdsMs) {
        writeMs(g, t);
      }
      g.writeEndArray();
      g.writeFieldName("endMs");
      writeMs(g, in.ms(in.endNanos()));
      if (in.steady() != null) {
        g.writeObjectFieldStart("steady");
        g.writeStringField("mode", in.steady().mode());
        g.writeNumberField("startS", in.steady().startS());
        g.writeNumberField("endS", in.steady().endS());
        g.writeEndObject();
      }
      requests(g, in, itlThresholdsMs);
      distributions(g, in);
      series(g, TimeSeries.of(in));
      // the server's own series (a later issue scrapes them): [{name, unit, values}] on the same steps
      g.writeArrayFieldStart("server");
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void run(JsonGenerator g, PageInput in) throws IOException {
    Options values = in.info().options();
    g.writeObjectFieldStart("run");
    g.writeStringField("name", in.runName());
    g.writeStringField("target", in.target());
    g.writeStringField("backend", in.info().backend());
    g.writeStringField("dataset", in.info().datasetName());
    g.writeStringField("model", in.model());
    g.writeStringField("tokenizer", in.tokenizer());
    g.writeStringField("arrivals", arrivals(in));
    Integer cap = in.info().maxConcurrency();
    g.writeStringField("maxConcurrency", cap == null ? "not set" : cap.toString());
    g.writeStringField("gatlingReport", "gatling/index.html");
    g.writeObjectFieldStart("changed");
    for (Map.Entry<String, String> e : values.changed().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String arrivals(PageInput in) {
    Options values = in.info().options();
    if (in.info().traceTimestamps()) {
      return "trace timestamps";
    }
    if (in.info().scenario()) {
      return "the scenario's injection profile";
    }
    String profile = ArrivalProfiles.profileName(values.get(ArrivalProfiles.ARRIVAL_PROFILE),
        values.get(ArrivalProfiles.RAMP_UP_STRATEGY));
    Double from = values.get(ArrivalProfiles.RAMP_UP_START_RPS);
    Double to = values.get(ArrivalProfiles.RAMP_UP_END_RPS);
    if (from != null && to != null) {
      return profile + " " + fmt(from) + " to " + fmt(to) + " req/s";
    }
    double rate = in.info().requestRate();
    return Double.isInfinite(rate) ? "one burst (request-rate inf)" : profile + " " + fmt(rate) + " req/s";
  }

  /**
   * The CI gates of {@code llmbench.assertions}, each with the value this page computes from the exact figures (the
   * build's verdict is Gatling's, on its whole-millisecond statistics).
   */
  private static void gates(JsonGenerator g, PageInput in) throws IOException {
    Thresholds gates = new BenchConfig(in.info().options()).assertions();
    g.writeArrayFieldStart("gates");
    for (Map.Entry<String, Double> e : gates.latencyLimitsMs().entrySet()) {
      String[] statMetric = e.getKey().split("-");
      double value = statistic(statMetric[0], latencies(in, statMetric[1]));
      gate(g, e.getKey(), e.getValue(), value);
    }
    if (gates.maxFailedPct() != null) {
      gate(g, "max-failed-pct", gates.maxFailedPct(), 100.0 * in.metrics().failed() / Math.max(1, in.outcomes().size()));
    }
    if (gates.minGoodputPct() != null) {
      double pct = in.info().options().get(Goodput.OPTION)
          .of(Samples.of(in.outcomes(), in.metrics().durationS(), in.info().retokenizedItl())).goodPct();
      gate(g, Thresholds.MIN_GOODPUT, gates.minGoodputPct(), pct, pct >= gates.minGoodputPct());
    }
    g.writeEndArray();
  }

  private static void gate(JsonGenerator g, String name, double limit, double value) throws IOException {
    gate(g, name, limit, value, value <= limit);
  }

  private static void gate(JsonGenerator g, String name, double limit, double value, boolean holds)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("gate", name);
    g.writeNumberField("limit", limit);
    g.writeNumberField("value", Math.round(value * 100) / 100.0);
    g.writeBooleanField("holds", holds);
    g.writeEndObject();
  }

  private static double statistic(String stat, double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return switch (stat) {
      case "mean" -> Stats.mean(values);
      case "max" -> Stats.max(values);
      default -> Stats.percentileOfSorted(sorted, Double.parseDouble(stat.substring(1)));
    };
  }

  /** The successful requests' values of one gate metric, in ms: ttft, itl (each chunk gap), tpot or e2e. */
  private static double[] latencies(PageInput in, String metric) {
    return switch (metric) {
      case "ttft" -> perSuccess(in, o -> o.ttft() * 1000);
      case "itl" -> pooled(in, false);
      case "tpot" -> in.outcomes().stream().filter(o -> o.success() && o.outputLen() > 1)
          .mapToDouble(o -> (o.latency() - o.ttft()) / (o.outputLen() - 1) * 1000).toArray();
      case "e2e" -> perSuccess(in, o -> o.latency() * 1000);
      default -> throw new IllegalArgumentException("no gate metric " + metric);
    };
  }

  private static double[] perSuccess(PageInput in, ToDoubleFunction<RequestOutcome> ms) {
    return in.outcomes().stream().filter(RequestOutcome::success).mapToDouble(ms).toArray();
  }

  private static double[] pooled(PageInput in, boolean perToken) {
    return in.outcomes().stream().filter(RequestOutcome::success)
        .flatMap(o -> (perToken ? o.perTokenItl() : o.itl()).stream()).mapToDouble(s -> s * 1000).toArray();
  }

  /**
   * One column per field; {@code bands} holds, per request, the chunk times where the ITL colour band changes and
   * the band from there on ({@code [t0, band0, t1, band1, ...]}, band 0 below the first threshold), so a steady
   * stream costs two numbers whatever its length.
   */
  private static void requests(JsonGenerator g, PageInput in, List<Double> thresholds) throws IOException {
    List<RequestRecord> rs = in.records();
    List<String> reasons = new ArrayList<>();
    Map<String, Integer> reasonIds = new LinkedHashMap<>();
    g.writeObjectFieldStart("requests");
    g.writeNumberField("count", rs.size());
    ints(g, "index", rs.stream().mapToInt(RequestRecord::index).toArray());
    ints(g, "turn", rs.stream().mapToInt(RequestRecord::turn).toArray());
    times(g, in, "scheduled", RequestRecord::scheduledNanos);
    times(g, in, "ready", RequestRecord::readyNanos);
    times(g, in, "start", RequestRecord::startNanos);
    times(g, in, "first", r -> r.response().firstTokenNanos());
    times(g, in, "end", RequestRecord::endNanos);
    ints(g, "promptTokens", rs.stream().mapToInt(RequestRecord::promptLen).toArray());
    ints(g, "outputTokens", in.outcomes().stream().mapToInt(RequestOutcome::outputLen).toArray());
    g.writeArrayFieldStart("error");
    for (RequestOutcome o : in.outcomes()) {
      if (o.success()) {
        g.writeNumber(-1);
      } else {
        String reason = Metrics.errorReason(o.error());
        g.writeNumber(reasonIds.computeIfAbsent(reason, k -> {
          reasons.add(k);
          return reasons.size() - 1;
        }));
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("reasons");
    for (String reason : reasons) {
      g.writeString(reason);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("bands");
    for (RequestRecord r : rs) {
      g.writeStartArray();
      List<Long> chunks = r.response().contentChunkNanos();
      int band = -1;
      for (int c = 1; c < chunks.size(); c++) {
        int b = band((chunks.get(c) - chunks.get(c - 1)) / 1e6, thresholds);
        if (b != band) {
          writeMs(g, in.ms(chunks.get(c - 1)));
          g.writeNumber(b);
          band = b;
        }
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static int band(double gapMs, List<Double> thresholds) {
    int b = 0;
    while (b < thresholds.size() && gapMs >= thresholds.get(b)) {
      b++;
    }
    return b;
  }

  private static void distributions(JsonGenerator g, PageInput in) throws IOException {
    g.writeArrayFieldStart("distributions");
    distribution(g, "TTFT", latencies(in, "ttft"));
    distribution(g, "ITL (per chunk)", pooled(in, false));
    distribution(g, "ITL (per token)", pooled(in, true));
    distribution(g, "TPOT", latencies(in, "tpot"));
    distribution(g, "E2E latency", latencies(in, "e2e"));
    g.writeEndArray();
  }

  private static void distribution(JsonGenerator g, String name, double[] valuesMs) throws IOException {
    Histogram h = Histogram.of(valuesMs);
    Distribution d = h.stats();
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeNumberField("count", valuesMs.length);
    g.writeNumberField("fromMs", h.fromMs());
    g.writeNumberField("binMs", h.widthMs());
    g.writeArrayFieldStart("counts");
    for (long c : h.counts()) {
      g.writeNumber(c);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("marks");
    for (Map.Entry<String, Double> m : Map.of("mean", d.mean(), "median", d.median(), "P90", d.p90(), "P95", d.p95(),
        "P99", d.p99(), "max", d.max()).entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
      g.writeNumberField(m.getKey(), Math.round(m.getValue() * 100) / 100.0);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void series(JsonGenerator g, TimeSeries s) throws IOException {
    g.writeObjectFieldStart("series");
    g.writeNumberField("stepS", s.stepS());
    values(g, "inFlight", s.inFlight());
    values(g, "waiting", s.waiting());
    values(g, "outputTokensPerS", s.outputTokensPerS());
    values(g, "ttftP50Ms", s.ttftP50Ms());
    values(g, "ttftP99Ms", s.ttftP99Ms());
    values(g, "itlP50Ms", s.itlP50Ms());
    values(g, "itlP99Ms", s.itlP99Ms());
    values(g, "sendLagMaxMs", s.sendLagMaxMs());
    g.writeEndObject();
  }

  private static void ints(JsonGenerator g, String name, int[] values) throws IOException {
    g.writeArrayFieldStart(name);
    for (int v : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
  }

  /** Milliseconds since t=0; a stamp never taken (0) is null. */
  private static void times(JsonGenerator g, PageInput in, String name,
      java.util.function.ToLongFunction<RequestRecord> nanos) throws IOException {
    g.writeArrayFieldStart(name);
    for (RequestRecord r : in.records()) {
      long t = nanos.applyAsLong(r);
      if (t == 0) {
        g.writeNull();
      } else {
        writeMs(g, in.ms(t));
      }
    }
    g.writeEndArray();
  }

  private static void values(JsonGenerator g, String name, double[] values) throws IOException {
    g.writeArrayFieldStart(name);
    for (double v : values) {
      if (Double.isNaN(v)) {
        g.writeNull();
      } else {
        writeMs(g, v);
      }
    }
    g.writeEndArray();
  }

  /** One decimal, and no ".0": the page's bulk is these numbers. */
  private static void writeMs(JsonGenerator g, double ms) throws IOException {
    long tenths = Math.round(ms * 10);
    if (tenths % 10 == 0) {
      g.writeNumber(tenths / 10);
    } else {
      g.writeNumber(tenths / 10.0);
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
