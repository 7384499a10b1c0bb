package io.llmbench.realserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.e2e.E2eSimulation;
import io.llmbench.e2e.GatlingRun;
import io.llmbench.metrics.Stats;
import io.llmbench.report.Console;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our client against a real llama.cpp server (issue 13 point 5), run only by {@code mvn -Preal-server test}: the
 * per-request TTFT the client measures against the server's own per-request {@code timings} from the last chunk of
 * the same stream. A relay ({@link StreamTap}) pairs each request with its timings and cuts the client TTFT into
 * <ul>
 *   <li>the client's send: its own start → request written (connection, building and writing the request);
 *   <li>the relay's in-path time: request written → relay has forwarded it all (the relay's accept, its upstream
 *       connect, thread start; not the client's, left out of the bound);
 *   <li>the server on the wire: forwarded → first content read back, which is the server's {@code prompt_ms} plus
 *       its own HTTP, template, tokenizing and scheduling work (the server's share);
 *   <li>the return: relay's read → the client's first token (a loopback hop and the client's read path).
 * </ul>
 * The client's overhead is send + return, bounded below; client TTFT − prompt_ms (which has the server's share in
 * it) is reported. The decode side: the client's first → last content span against the server's {@code
 * predicted_ms} over the same steps.
 *
 * <p>Bounds, for a 2-core machine possibly shared with other jobs, the server on one thread and the client's JVM
 * warm (40 warm-up requests, ≈ 5 × concurrency, as issue 13 found necessary): the client's overhead median
 * ≤ 10 ms and p90 ≤ 50 ms. Measured with the load average at 4.5-11 from other jobs: 1.6-7.0 ms at the median,
 * 7-15 ms at p90, 14-76 ms at p99 (docs/benchmarks.md), nearly all of it the send waiting for a core; the bounds
 * are that with room, so a shared machine passes and a client that adds ten milliseconds to every request fails
 * (p99 of 48 requests is one request: reported, not bounded). The decode spans agree within 5 % at the median
 * (0.8-1.8 % measured).
 */
class RealServerCheck {
  private static final int CONCURRENCY = 8;
  private static final int PROMPTS = 48;
  /** ≈ 5 × concurrency: issue 13 found the JIT still compiling in the measured phase with fewer. */
  private static final int WARMUP = 40;
  private static final double CLIENT_OVERHEAD_MEDIAN_MS = 10.0;
  private static final double CLIENT_OVERHEAD_P90_MS = 50.0;
  private static final double DECODE_SPAN_MEDIAN_RATIO = 0.05;

  /** One measured request and the exchange the relay saw for it. */
  private record Pair(RequestRecord record, StreamTap.Exchange exchange) {
    double clientTtftMs() {
      return ms(record.response().firstTokenNanos() - record.startNanos());
    }

    double sendMs() {
      return ms(sentNanos() - record.startNanos());
    }

    double relayInPathMs() {
      return ms(exchange.forwardedNanos - sentNanos());
    }

    double wireTtftMs() {
      return ms(exchange.firstContentNanos - exchange.forwardedNanos);
    }

    double returnMs() {
      return ms(record.response().firstTokenNanos() - exchange.firstContentNanos);
    }

    double clientOverheadMs() {
      return sendMs() + returnMs();
    }

    double promptMs() {
      return timing("prompt_ms");
    }

    double decodeSpanRatio() {
      List<Long> chunks = record.response().contentChunkNanos();
      double span = ms(chunks.get(chunks.size() - 1) - chunks.get(0));
      return Math.abs(span - timing("predicted_ms")) / timing("predicted_ms");
    }

    double timing(String name) {
      return exchange.timings.get(name).asDouble();
    }

    /** The client's request-written stamp; 0 when its engine gave none, then the send counts as instant. */
    private long sentNanos() {
      return record.sentNanos() == 0 ? record.startNanos() : record.sentNanos();
    }

    private static double ms(long nanos) {
      return nanos / 1e6;
    }
  }

  @Test
  void clientTtftAgainstTheServersOwnTimings(@TempDir Path dir) {
    Path project = Path.of("").toAbsolutePath();
    Path work = project.resolve("target/real-server");
    Path binary = LlamaServer.binary(project, work);
    Path model = LlamaServer.model(project, work);
    try (LlamaServer server = LlamaServer.start(binary, model, work, CONCURRENCY, 1);
        StreamTap tap = new StreamTap(server.port())) {
      GatlingRun run = GatlingRun.run(E2eSimulation.class, dir, GatlingRun.options(
          "backend", "sglang-oai-chat", "base-url", "http://127.0.0.1:" + tap.port(), "model", "tiny-qwen2",
          "tokenizer", "builtin:gpt2", "dataset-name", "random-ids", "random-input-len", 128,
          "random-output-len", 64, "random-range-ratio", 1.0, "num-prompts", PROMPTS,
          "max-concurrency", CONCURRENCY, "request-rate", "inf", "warmup-requests", WARMUP));
      assertEquals(0, run.exitCode(), "the run against llama-server failed");
      List<Pair> pairs = pair(RequestLog.read(run.folder().requestLog()), tap.exchanges());
      assertEquals(PROMPTS, pairs.size(), "every measured request succeeded and was paired with its stream");
      writeCsv(work.resolve("requests.csv"), pairs);

      double[] clientOverhead = sorted(pairs, Pair::clientOverheadMs);
      double[] decodeSpan = sorted(pairs, Pair::decodeSpanRatio);
      Console.line(String.format(Locale.ROOT, "real-server: %d requests, llama-server %s, load %s", pairs.size(),
          binary, loadAverage()));
      line("client TTFT", sorted(pairs, Pair::clientTtftMs));
      line("server prompt_ms", sorted(pairs, Pair::promptMs));
      line("client TTFT - prompt_ms", sorted(pairs, p -> p.clientTtftMs() - p.promptMs()));
      line("  server's share (wire TTFT - prompt_ms)", sorted(pairs, p -> p.wireTtftMs() - p.promptMs()));
      line("  relay in path (not counted)", sorted(pairs, Pair::relayInPathMs));
      line("  client overhead (send + return)", clientOverhead);
      line("    send (start -> request written)", sorted(pairs, Pair::sendMs));
      line("    return (relay read -> client token)", sorted(pairs, Pair::returnMs));
      Console.line(String.format(Locale.ROOT, "real-server: %-44s median %7.2f %%, max %7.2f %%",
          "|decode span - predicted_ms| / predicted_ms", 100 * Stats.medianOfSorted(decodeSpan),
          100 * decodeSpan[decodeSpan.length - 1]));

      for (Pair p : pairs) {
        assertEquals(p.record().response().outputLen(), p.exchange().timings.get("predicted_n").asInt(),
            "the server's predicted_n is the client's output length");
        assertTrue(p.returnMs() >= 0, "the client cannot see the first token before the relay");
      }
      assertBelow("client overhead median", Stats.medianOfSorted(clientOverhead), CLIENT_OVERHEAD_MEDIAN_MS);
      assertBelow("client overhead p90", Stats.percentileOfSorted(clientOverhead, 90), CLIENT_OVERHEAD_P90_MS);
      double span = Stats.medianOfSorted(decodeSpan);
      assertTrue(span <= DECODE_SPAN_MEDIAN_RATIO, String.format(Locale.ROOT,
          "decode span differs from predicted_ms by %.1f %% at the median, bound %.0f %%", 100 * span,
          100 * DECODE_SPAN_MEDIAN_RATIO));
    }
  }

  /**
   * Each measured request with the relayed stream of the same text whose first content passed the relay closest
   * before the client saw it; a stream pairs once.
   */
  private static List<Pair> pair(List<RequestRecord> records, List<StreamTap.Exchange> exchanges) {
    List<StreamTap.Exchange> pool = new ArrayList<>(exchanges);
    List<Pair> pairs = new ArrayList<>();
    for (RequestRecord r : records) {
      if (r.warmup() || !r.response().success()) {
        continue;
      }
      long seen = r.response().firstTokenNanos();
      pool.stream()
          .filter(e -> e.timings != null && e.firstContentNanos > 0 && e.firstContentNanos <= seen
              && e.text.toString().equals(r.response().generatedText()))
          .min(Comparator.comparingLong(e -> seen - e.firstContentNanos))
          .ifPresent(e -> {
            pool.remove(e);
            pairs.add(new Pair(r, e));
          });
    }
    return pairs;
  }

  /** Per-request figures (ms) for a look after the run: target/real-server/requests.csv. */
  private static void writeCsv(Path file, List<Pair> pairs) {
    StringBuilder csv = new StringBuilder(
        "index,client_ttft,send,relay_in_path,wire_ttft,return,prompt_ms,prompt_n,predicted_ms\n");
    for (Pair p : pairs) {
      csv.append(String.format(Locale.ROOT, "%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%d,%.3f%n", p.record().index(),
          p.clientTtftMs(), p.sendMs(), p.relayInPathMs(), p.wireTtftMs(), p.returnMs(), p.promptMs(),
          (int) p.timing("prompt_n"), p.timing("predicted_ms")));
    }
    try {
      Files.writeString(file, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static double[] sorted(List<Pair> pairs, ToDoubleFunction<Pair> figure) {
    double[] values = pairs.stream().mapToDouble(figure).toArray();
    Arrays.sort(values);
    return values;
  }

  private static void line(String name, double[] sortedMs) {
    Console.line(String.format(Locale.ROOT, "real-server: %-44s median %7.2f ms, p90 %7.2f ms, p99 %7.2f ms", name,
        Stats.medianOfSorted(sortedMs), Stats.percentileOfSorted(sortedMs, 90), Stats.percentileOfSorted(sortedMs, 99)));
  }

  private static void assertBelow(String what, double value, double bound) {
    assertTrue(value <= bound, String.format(Locale.ROOT, "%s %.2f ms exceeds its bound %.2f ms", what, value, bound));
  }
}
