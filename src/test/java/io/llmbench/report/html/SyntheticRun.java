package io.llmbench.report.html;

import io.llmbench.backend.ParsedResponse;
import io.llmbench.config.ConfigLoader;
import io.llmbench.metrics.CachedTokens;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import io.llmbench.run.RunFolder;
import io.llmbench.run.RunManifest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run folder written without a server, for page tests and the render benchmark: {@code n} requests at a known
 * rate, each with a TTFT of 50 ms and {@value #CHUNKS} one-token chunks 10 ms apart, except that every request's
 * chunk 5 comes 30 ms late and chunk 9 60 ms late (one amber and one red ITL band with the default thresholds), and
 * every {@value #FAIL_EVERY}th request fails after its third chunk.
 */
final class SyntheticRun {
  static final int CHUNKS = 12;
  static final int FAIL_EVERY = 10;
  static final String FAILURE = "HTTP 500: the mock broke";
  private static final long MS = 1_000_000L;
  /** An arbitrary System.nanoTime() origin: the page must show times relative to it. */
  private static final long ORIGIN = 5_000 * MS;

  private SyntheticRun() {}

  /** The folder of {@code n} requests sent at {@code ratePerS}, post-processable as any run's. */
  static RunFolder write(Path dir, int n, double ratePerS) {
    RunFolder folder = new RunFolder(dir);
    long end = ORIGIN;
    try (BufferedWriter out = Files.newBufferedWriter(folder.requestLog())) {
      for (int i = 0; i < n; i++) {
        RequestRecord r = request(i, ORIGIN + Math.round(i * 1000 / ratePerS * MS));
        end = Math.max(end, r.endNanos());
        out.write(RequestLog.toJson(r));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RunManifest.of("SyntheticRun", "http://127.0.0.1:30000", "synthetic-model", "builtin:gpt2", false, false,
        ConfigLoader.of(Map.of("num-prompts", n, "request-rate", ratePerS, "backend", "sglang-oai")).options(),
        ORIGIN, end, null, null, false).write(folder.manifest());
    return folder;
  }

  static RequestRecord request(int index, long scheduled) {
    long start = scheduled + MS / 5;
    boolean fails = index % FAIL_EVERY == FAIL_EVERY - 1;
    int chunks = fails ? 3 : CHUNKS;
    List<Long> at = new ArrayList<>();
    long t = start + 50 * MS;
    for (int c = 0; c < chunks; c++) {
      t += c == 0 ? 0 : c == 5 ? 30 * MS : c == 9 ? 60 * MS : 10 * MS;
      at.add(t);
    }
    List<Long> itl = new ArrayList<>();
    for (int c = 1; c < at.size(); c++) {
      itl.add(at.get(c) - at.get(c - 1));
    }
    List<Integer> chars = new ArrayList<>();
    for (int c = 1; c <= chunks; c++) {
      chars.add(4 * c);
    }
    String text = " the".repeat(chunks);
    long last = at.get(at.size() - 1);
    ParsedResponse p = new ParsedResponse(!fails, fails ? FAILURE : "", at.get(0), last, itl, at,
        java.util.Collections.nCopies(chunks, 1), chars, chunks, true, 32, text, CachedTokens.NONE);
    return new RequestRecord(index, 0, false, scheduled, 0, scheduled, start, start + MS / 10, false, 1, start + 20 * MS,
        last + MS, fails ? 0 : 200, 32, CHUNKS, p);
  }
}
