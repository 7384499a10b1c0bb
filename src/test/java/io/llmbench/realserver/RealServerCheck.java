package io.llmbench.realserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.e2e.E2eSimulation;
import io.llmbench.e2e.GatlingRun;
import io.llmbench.metrics.Stats;
import io.llmbench.report.Console;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our client against a real llama.cpp server (issue 13 point 5), run only by {@code mvn -Preal-server test}: the
 * per-request TTFT the client measures against the server's own per-request {@code timings} from the last chunk of
 * the same stream. The client's overhead over the server's figure is the client TTFT − {@code prompt_ms}: what the
 * server does outside its prompt pass (HTTP parsing, chat template, tokenizing, the SSE write), the loopback
 * and the client's own send and read paths. A relay ({@link StreamTap}) pairs each request with its timings and
 * splits that overhead into the server's share (relay TTFT − prompt_ms) and the client's (client TTFT − relay TTFT).
 *
 * <p>The bounds are for this 2-core machine with the server on one thread: the client's share is what issue 13
 * targets (≤ 1 ms at the median); the whole overhead has the server's HTTP and template work in it too, a few
 * milliseconds when the client's JVM is warm.
 */
class RealServerCheck {
  private static final int CONCURRENCY = 8;
  private static final int PROMPTS = 48;
  /** ≈ 5 × concurrency: issue 13 found the JIT still compiling in the measured phase with fewer. */
  private static final int WARMUP = 40;
  private static final double CLIENT_SHARE_MEDIAN_MS = 1.0;
  private static final double CLIENT_SHARE_P99_MS = 5.0;
  private static final double OVERHEAD_MEDIAN_MS = 5.0;
  private static final double OVERHEAD_P99_MS = 20.0;
  /** Client's span first → last content chunk against the server's predicted_ms: the same decode steps. */
  private static final double DECODE_SPAN_MEDIAN_MS = 2.0;

  /** One measured request and the exchange the relay saw for it. */
  private record Pair(RequestRecord record, StreamTap.Exchange exchange) {
    double clientTtftMs() {
      return (record.response().firstTokenNanos() - record.startNanos()) / 1e6;
    }

    double relayTtftMs() {
      return (exchange.firstContentNanos - exchange.requestNanos) / 1e6;
    }

    double promptMs() {
      return exchange.timings.get("prompt_ms").asDouble();
    }

    double clientDecodeSpanMs() {
      List<Long> chunks = record.response().contentChunkNanos();
      return (chunks.get(chunks.size() - 1) - chunks.get(0)) / 1e6;
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

      double[] overhead = sorted(pairs.stream().mapToDouble(p -> p.clientTtftMs() - p.promptMs()).toArray());
      double[] clientShare = sorted(pairs.stream().mapToDouble(p -> p.clientTtftMs() - p.relayTtftMs()).toArray());
      double[] serverShare = sorted(pairs.stream().mapToDouble(p -> p.relayTtftMs() - p.promptMs()).toArray());
      double[] decodeGap = sorted(pairs.stream().mapToDouble(
          p -> Math.abs(p.clientDecodeSpanMs() - p.exchange().timings.get("predicted_ms").asDouble())).toArray());
      double[] ttft = sorted(pairs.stream().mapToDouble(Pair::clientTtftMs).toArray());
      double[] prompt = sorted(pairs.stream().mapToDouble(Pair::promptMs).toArray());
      Console.line(String.format("real-server: %d requests, client TTFT median %.2f ms, server prompt_ms median %.2f ms",
          pairs.size(), Stats.medianOfSorted(ttft), Stats.medianOfSorted(prompt)));
      line("client overhead (client TTFT - prompt_ms)", overhead);
      line("  server's share (relay TTFT - prompt_ms)", serverShare);
      line("  client's share (client TTFT - relay TTFT)", clientShare);
      line("|client decode span - predicted_ms|", decodeGap);

      for (Pair p : pairs) {
        assertEquals(p.record().response().outputLen(), p.exchange().timings.get("predicted_n").asInt(),
            "the server's predicted_n is the client's output length");
        assertTrue(p.clientTtftMs() >= p.relayTtftMs(), "the client cannot see the first token before the relay");
      }
      assertBelow("client's share median", Stats.medianOfSorted(clientShare), CLIENT_SHARE_MEDIAN_MS);
      assertBelow("client's share p99", Stats.percentileOfSorted(clientShare, 99), CLIENT_SHARE_P99_MS);
      assertBelow("overhead median", Stats.medianOfSorted(overhead), OVERHEAD_MEDIAN_MS);
      assertBelow("overhead p99", Stats.percentileOfSorted(overhead, 99), OVERHEAD_P99_MS);
      assertBelow("decode span gap median", Stats.medianOfSorted(decodeGap), DECODE_SPAN_MEDIAN_MS);
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

  private static double[] sorted(double[] values) {
    Arrays.sort(values);
    return values;
  }

  private static void line(String name, double[] sortedMs) {
    Console.line(String.format("real-server: %-44s median %6.2f ms, p99 %6.2f ms, max %6.2f ms", name,
        Stats.medianOfSorted(sortedMs), Stats.percentileOfSorted(sortedMs, 99), sortedMs[sortedMs.length - 1]));
  }

  private static void assertBelow(String what, double value, double bound) {
    assertTrue(value <= bound, String.format("%s %.2f ms exceeds its bound %.2f ms", what, value, bound));
  }
}
