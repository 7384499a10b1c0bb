package io.llmbench.gatling;

import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.stats.Status;
import io.gatling.commons.util.Clock;
import io.gatling.core.CoreComponents;
import io.gatling.core.action.Action;
import io.gatling.core.session.GroupBlock;
import io.gatling.core.session.Session;
import io.gatling.core.stats.StatsEngine;
import io.llmbench.backend.ParsedResponse;
import io.llmbench.run.ClientLoad;
import io.llmbench.run.RequestLog;
import io.llmbench.run.RequestRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns finished exchanges into {@link RequestRecord}s on one thread of its own, away from the event loops:
 * parses and checks, appends to the per-request JSONL (flushed whenever it catches up, so a killed run keeps
 * everything already measured), logs Gatling's records, and only then resumes the virtual user — so every record is
 * logged before the run can end.
 *
 * <p>Gatling's rows: one request record per HTTP request (warm-up ones as {@code warmup}), so Gatling's Global
 * counts real requests; TTFT, every ITL gap, TPOT and E2E are group records, which Global leaves out. A group row
 * shows only with a request beneath it, so a measured request is logged under the chain
 * {@code TTFT / ITL / TPOT / E2E}, and each metric is a group record at its level of the chain.
 */
final class RunRecorder implements AutoCloseable {
  static final String TTFT = "TTFT";
  static final String ITL = "ITL";
  static final String TPOT = "TPOT";
  static final String E2E = "E2E";
  /** The nesting of the metric rows, outermost first. */
  static final List<String> CHAIN = List.of(TTFT, ITL, TPOT, E2E);

  /** A finished request and the session to resume with (checks' saved values, results, failure mark). */
  record Finished(RequestRecord record, Session session) {}

  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "llmbench-recorder");
    t.setDaemon(true);
    return t;
  });
  private final BufferedWriter out;
  private final AtomicLong firstMeasuredStartNanos = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastMeasuredEndNanos = new AtomicLong();
  private final AtomicInteger measured = new AtomicInteger();
  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong warmupSuccesses = new AtomicLong();
  private volatile String firstWarmupError;
  /** The client's counters at the first measured send, and at the last measured record: the client's load. */
  private final AtomicReference<ClientLoad.Stamp> firstMeasured = new AtomicReference<>();
  private volatile ClientLoad.Stamp lastMeasured;
  /** On Ctrl-C the JVM exits without close(): whatever is buffered still reaches the disk. */
  private final Thread flushOnExit;
  private final StatsEngine stats;
  private final Clock clock;
  /**
   * The metric rows' group paths by the user's own groups, built once: a path per ITL gap would otherwise be a
   * fresh Scala list per chunk. Read and written on the recorder's thread only.
   */
  private final Map<scala.collection.immutable.List<String>, List<scala.collection.immutable.List<String>>> paths =
      new HashMap<>();

  RunRecorder(Path requestLog, CoreComponents core) {
    try {
      Files.createDirectories(requestLog.getParent());
      this.out = Files.newBufferedWriter(requestLog);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + requestLog, e);
    }
    this.stats = core.statsEngine();
    this.clock = core.clock();
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

  /** Records an exchange off the event loop, then resumes the user with the session {@code finish} gives. */
  void complete(Session session, Outgoing request, RawExchange raw, Function<RawExchange, Finished> finish,
      Action next) {
    pending.incrementAndGet();
    thread.execute(() -> {
      Finished done = finish.apply(raw);
      RequestRecord record = done.record();
      write(record);
      log(session, request.name(), record);
      if (!record.warmup()) {
        lastMeasured = ClientLoad.Stamp.now();
        measured.incrementAndGet();
        firstMeasuredStartNanos.accumulateAndGet(record.scheduledNanos(), Math::min);
        lastMeasuredEndNanos.accumulateAndGet(record.endNanos(), Math::max);
      } else if (record.success()) {
        warmupSuccesses.incrementAndGet();
      } else if (firstWarmupError == null) {
        firstWarmupError = record.response().error();
      }
      pending.decrementAndGet();
      next.$bang(done.session());
    });
  }

  /** A request that could not even be built (an EL attribute missing): Gatling's crash record, as its HTTP does. */
  void crash(Session session, String name, String error) {
    stats.logRequestCrash(session.scenario(), session.groups(), name, "llmbench: " + error);
  }

  /** Called with every send: the first measured one starts the client's CPU account. */
  void sending(boolean warmup) {
    if (!warmup && firstMeasured.get() == null) {
      firstMeasured.compareAndSet(null, ClientLoad.Stamp.now());
    }
  }

  /** The client's CPU over the measured phase, or null before two stamps. */
  ClientLoad clientLoad(boolean serverLocal, boolean embeddedMock) {
    ClientLoad.Stamp first = firstMeasured.get();
    ClientLoad.Stamp last = lastMeasured;
    return first == null || last == null || last.wallNanos() <= first.wallNanos() ? null
        : ClientLoad.between(first, last, Runtime.getRuntime().availableProcessors(), serverLocal, embeddedMock);
  }

  /** Why no warm-up request succeeded, or null when one did (or none was sent). */
  String warmupFailure() {
    return warmupSuccesses.get() == 0 ? firstWarmupError : null;
  }

  /** Measured requests recorded so far. */
  int measured() {
    return measured.get();
  }

  /** When the last measured request ended (SGLang's benchmark end), 0 if none did. */
  long lastMeasuredEndNanos() {
    return lastMeasuredEndNanos.get();
  }

  /** The earliest intended send of a measured request, 0 if none was recorded. */
  long firstMeasuredStartNanos() {
    long first = firstMeasuredStartNanos.get();
    return first == Long.MAX_VALUE ? 0 : first;
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

  private void log(Session session, String name, RequestRecord r) {
    // Gatling's records are epoch milliseconds: map our nanoTime stamps through one (now, nanoTime) pair.
    long nowMillis = clock.nowMillis();
    long nowNanos = System.nanoTime();
    ParsedResponse p = r.response();
    String scenario = session.scenario();
    List<scala.collection.immutable.List<String>> chain = paths.computeIfAbsent(session.groups(), RunRecorder::chain);
    long start = toMillis(r.startNanos(), nowMillis, nowNanos);
    long end = toMillis(r.endNanos(), nowMillis, nowNanos);
    Status status = r.success() ? OK$.MODULE$ : KO$.MODULE$;
    Option<String> code = r.status() == 0 ? Option.empty() : Option.apply(Integer.toString(r.status()));
    // one line, Gatling's own format ("check: ttft.find.lessThan(1), 207 is not less than 1")
    Option<String> message = r.success() ? Option.empty() : Option.apply(p.error().replace("\n", ", "));
    if (r.warmup()) {
      stats.logResponse(scenario, session.groups(), "warmup", start, end, status, code, message);
      return;
    }
    stats.logResponse(scenario, chain.get(CHAIN.size()), name, start, end, status, code, message);
    if (!r.success()) {
      return;
    }
    long e2e = p.lastLineNanos() - r.startNanos();
    if (p.firstTokenNanos() != 0) {
      long ttft = p.firstTokenNanos() - r.startNanos();
      group(scenario, chain.get(1), start, roundMillis(ttft));
      if (p.outputLen() > 1) {
        group(scenario, chain.get(3), start + roundMillis(ttft), roundMillis((e2e - ttft) / (p.outputLen() - 1)));
      }
    }
    List<Long> chunks = p.contentChunkNanos();
    for (int i = 1; i < chunks.size(); i++) {
      group(scenario, chain.get(2), toMillis(chunks.get(i - 1), nowMillis, nowNanos),
          roundMillis(chunks.get(i) - chunks.get(i - 1)));
    }
    group(scenario, chain.get(4), start, roundMillis(e2e));
  }

  /** A metric as a group record; its exit is start + value, so duration and cumulated time agree. */
  private void group(String scenario, scala.collection.immutable.List<String> path, long startMillis, long millis) {
    stats.logGroupEnd(scenario, new GroupBlock(path, startMillis, (int) millis, OK$.MODULE$), startMillis + millis);
  }

  /** For each depth 0 to 4: the user's own groups, then the first {@code depth} levels of the chain. */
  private static List<scala.collection.immutable.List<String>> chain(scala.collection.immutable.List<String> groups) {
    List<String> base = CollectionConverters.asJava(groups);
    List<scala.collection.immutable.List<String>> chain = new ArrayList<>();
    for (int depth = 0; depth <= CHAIN.size(); depth++) {
      List<String> path = new ArrayList<>(base);
      path.addAll(CHAIN.subList(0, depth));
      chain.add(CollectionConverters.asScala(path).toList());
    }
    return List.copyOf(chain);
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
