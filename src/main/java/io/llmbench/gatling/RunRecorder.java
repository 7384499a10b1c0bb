package io.llmbench.gatling;

import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.stats.Status;
import io.gatling.commons.util.Clock;
import io.gatling.core.CoreComponents;
import io.gatling.core.action.Action;
import io.gatling.core.session.Session;
import io.gatling.core.stats.StatsEngine;
import io.llmbench.backend.ParsedResponse;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import scala.Option;

/**
 * Turns finished exchanges into {@link RequestRecord}s on one thread of its own, away from the event loops:
 * parses, appends to the per-request JSONL (flushed whenever it catches up, so a killed run keeps everything
 * already measured), logs Gatling rows (the request, and TTFT, TPOT, ITL, E2E pseudo-requests for the HTML report
 * and assertions), and only then resumes the virtual user — so every row is logged before the run can end.
 */
final class RunRecorder implements AutoCloseable {
  static final String TTFT = "TTFT";
  static final String TPOT = "TPOT";
  static final String ITL = "ITL";
  static final String E2E = "E2E";

  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "llmbench-recorder");
    t.setDaemon(true);
    return t;
  });
  private final BufferedWriter out;
  private final String requestName;
  private final AtomicLong lastMeasuredEndNanos = new AtomicLong();
  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong warmupSuccesses = new AtomicLong();
  private volatile String firstWarmupError;
  /** On Ctrl-C the JVM exits without close(): whatever is buffered still reaches the disk. */
  private final Thread flushOnExit;
  private volatile StatsEngine stats;
  private volatile Clock clock;

  RunRecorder(Path requestLog, String requestName) {
    try {
      Files.createDirectories(requestLog.getParent());
      this.out = Files.newBufferedWriter(requestLog);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + requestLog, e);
    }
    this.requestName = requestName;
    this.flushOnExit = new Thread(this::flushQuietly, "llmbench-request-log-flush");
    Runtime.getRuntime().addShutdownHook(flushOnExit);
  }

  private void flushQuietly() {
    try {
      out.flush(); // BufferedWriter locks: safe beside the recorder thread
    } catch (IOException e) {
      // the JVM is going down; nothing better to do
    }
  }

  /** Called while Gatling builds the scenario: the stats engine exists from then on. */
  void bind(CoreComponents core) {
    stats = core.statsEngine();
    clock = core.clock();
  }

  void complete(Session session, RawExchange raw, Function<RawExchange, RequestRecord> toRecord, Action next) {
    pending.incrementAndGet();
    thread.execute(() -> {
      RequestRecord record = toRecord.apply(raw);
      write(record);
      log(session, record);
      if (!record.warmup()) {
        lastMeasuredEndNanos.accumulateAndGet(record.endNanos(), Math::max);
      } else if (record.success()) {
        warmupSuccesses.incrementAndGet();
      } else if (firstWarmupError == null) {
        firstWarmupError = record.response().error();
      }
      pending.decrementAndGet();
      Session resumed = session.set(RequestRecord.SESSION_KEY, record);
      next.$bang(record.success() ? resumed : resumed.markAsFailed());
    });
  }

  /** Why no warm-up request succeeded, or null when one did (or none was sent). */
  String warmupFailure() {
    return warmupSuccesses.get() == 0 ? firstWarmupError : null;
  }

  /** When the last measured request ended (SGLang's benchmark end), 0 if none did. */
  long lastMeasuredEndNanos() {
    return lastMeasuredEndNanos.get();
  }

  private void write(RequestRecord record) {
    try {
      out.write(RequestLog.toJson(record));
      out.write('\n');
      if (pending.get() <= 1) {
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the request log", e);
    }
  }

  private void log(Session session, RequestRecord r) {
    StatsEngine engine = stats;
    if (engine == null) {
      return;
    }
    // Gatling's rows are epoch milliseconds: map our nanoTime stamps through one (now, nanoTime) pair.
    long nowMillis = clock.nowMillis();
    long nowNanos = System.nanoTime();
    ParsedResponse p = r.response();
    String scenario = session.scenario();
    var groups = session.groups();
    long start = toMillis(r.startNanos(), nowMillis, nowNanos);
    long end = toMillis(r.endNanos(), nowMillis, nowNanos);
    Status status = r.success() ? OK$.MODULE$ : KO$.MODULE$;
    Option<String> code = r.status() == 0 ? Option.empty() : Option.apply(Integer.toString(r.status()));
    Option<String> message = r.success() ? Option.empty() : Option.apply(p.error());
    engine.logResponse(scenario, groups, r.warmup() ? "warmup" : requestName, start, end, status, code, message);
    if (r.warmup() || !r.success()) {
      return;
    }
    long e2e = p.lastLineNanos() - r.startNanos();
    if (p.firstTokenNanos() != 0) {
      long ttft = p.firstTokenNanos() - r.startNanos();
      engine.logResponse(scenario, groups, TTFT, start, start + roundMillis(ttft), OK$.MODULE$, Option.empty(), Option.empty());
      if (p.outputLen() > 1) {
        long tpot = (e2e - ttft) / (p.outputLen() - 1);
        engine.logResponse(scenario, groups, TPOT, start, start + roundMillis(tpot), OK$.MODULE$, Option.empty(), Option.empty());
      }
    }
    List<Long> chunks = p.contentChunkNanos();
    for (int i = 1; i < chunks.size(); i++) {
      long from = toMillis(chunks.get(i - 1), nowMillis, nowNanos);
      engine.logResponse(scenario, groups, ITL, from, from + roundMillis(chunks.get(i) - chunks.get(i - 1)),
          OK$.MODULE$, Option.empty(), Option.empty());
    }
    engine.logResponse(scenario, groups, E2E, start, start + roundMillis(e2e), OK$.MODULE$, Option.empty(), Option.empty());
  }

  private static long toMillis(long nanos, long nowMillis, long nowNanos) {
    return nowMillis - roundMillis(nowNanos - nanos);
  }

  private static long roundMillis(long nanos) {
    return Math.round(nanos / 1e6);
  }

  /** Waits for every pending record to be written, then closes the log. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(flushOnExit);
    } catch (IllegalStateException shuttingDown) {
      // already exiting: the hook flushes
    }
    thread.shutdown();
    try {
      if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
      out.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the request log", e);
    }
  }
}
