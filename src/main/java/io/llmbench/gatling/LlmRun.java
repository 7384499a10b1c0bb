package io.llmbench.gatling;

import io.gatling.core.CoreComponents;
import io.gatling.core.protocol.ProtocolComponents;
import io.gatling.core.session.Session;
import io.gatling.http.protocol.HttpComponents;
import io.gatling.http.protocol.HttpProtocol;
import io.gatling.http.protocol.HttpProtocol$;
import io.llmbench.config.BenchConfig;
import io.llmbench.report.Console;
import io.llmbench.run.PostProcessor;
import io.llmbench.run.ProcessExit;
import io.llmbench.run.RunManifest;
import io.llmbench.verdict.Verdicts;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import scala.Function1;
import scala.runtime.BoxedUnit;

/**
 * One run of the {@code llm} protocol, from the moment Gatling builds the scenarios to the run folder: the target
 * (and the embedded mock), the tokenizer, Gatling's HTTP engine, the request log and, after the simulation, SGLang's
 * summary. The protocol's components in Gatling's terms.
 */
public final class LlmRun implements ProtocolComponents {
  private final BenchSetup setup;
  private final LlmWorkload workload;
  private final HttpComponents http;
  private final RunRecorder recorder;
  /** The cap on a scenario's own requests ({@code max-concurrency}), or null. */
  private final Slots slots;
  private final AtomicInteger nextIndex = new AtomicInteger();
  private final AtomicBoolean finished = new AtomicBoolean();
  /** Set by SIGINT/SIGTERM: no new request leaves. */
  private volatile boolean stopping;
  /** The exchanges in flight, by request: the listener reading each and its event loop. */
  private final java.util.Map<io.gatling.http.client.Request, InFlight> inFlight =
      new java.util.concurrent.ConcurrentHashMap<>();

  private record InFlight(StreamListener exchange, io.netty.channel.EventLoop loop) {}
  /** Writes the run folder when the JVM is stopped by a signal before the simulation ends. */
  private final Thread onSignal = new Thread(this::interrupt, "llmbench-interrupt");
  private volatile Optional<PostProcessor.Summary> summary = Optional.empty();
  private volatile boolean interrupted;

  private LlmRun(BenchSetup setup, LlmWorkload workload, HttpComponents http, RunRecorder recorder, Slots slots) {
    this.setup = setup;
    this.workload = workload;
    this.http = http;
    this.recorder = recorder;
    this.slots = slots;
  }

  static LlmRun start(LlmProtocol protocol, CoreComponents core) {
    LlmWorkload workload = protocol.workload();
    BenchSetup setup = workload != null ? workload.setup() : BenchSetup.forScenario(protocol.config(), protocol.runName());
    // an HTTP engine of our own: no http protocol needed in the simulation, and no warm-up call to any other host.
    // Shared connections, to Gatling, mean no TLS contexts built per user: every request brings TlsTrust's own, and
    // with a user per request they cost a context per request (it is executeRequest's flag that picks the pool).
    HttpProtocol httpProtocol = (HttpProtocol) io.gatling.javaapi.http.HttpDsl.http.baseUrl(setup.target().baseUrl())
        .disableWarmUp().shareConnections().protocol();
    HttpComponents httpComponents = HttpProtocol$.MODULE$.HttpProtocolKey().newComponents(core).apply(httpProtocol);
    BenchConfig c = setup.config();
    Slots slots = workload == null && !c.uncapped() ? new Slots(c.maxConcurrency(), false) : null;
    LlmRun run = new LlmRun(setup, workload, httpComponents, new RunRecorder(setup.folder().requestLog(), core), slots);
    if (workload != null) {
      workload.bind(run);
    }
    Runtime.getRuntime().addShutdownHook(run.onSignal);
    return run;
  }

  LlmTarget target() {
    return setup.target();
  }

  BenchSetup setup() {
    return setup;
  }

  HttpComponents http() {
    return http;
  }

  RunRecorder recorder() {
    return recorder;
  }

  Slots slots() {
    return slots;
  }

  /** Whether a signal is stopping the run: no new request may leave. */
  boolean stopping() {
    return stopping;
  }

  void sending(io.gatling.http.client.Request request, StreamListener exchange, io.netty.channel.EventLoop loop) {
    inFlight.put(request, new InFlight(exchange, loop));
  }

  void done(io.gatling.http.client.Request request) {
    inFlight.remove(request);
  }

  /**
   * SIGINT/SIGTERM: stops new requests, lets those in flight finish for {@code drain-timeout}, cuts the rest
   * (failed as interrupted, what arrived kept), then writes the run folder, marked interrupted. The JVM's exit is
   * the signal's, non-zero.
   */
  private void interrupt() {
    if (finished.get()) {
      return;
    }
    stopping = true;
    Console.line("llmbench: interrupted; " + inFlight.size() + " requests in flight may finish for "
        + setup.config().drainTimeout().toMillis() + " ms");
    awaitNothingInFlight(setup.config().drainTimeout().toNanos());
    inFlight.values().forEach(f -> f.loop().execute(() -> f.exchange().cut("interrupted: cut after drain-timeout")));
    // the cut exchanges reach the recorder on their event loops
    awaitNothingInFlight(2_000_000_000L);
    interrupted = true;
    finishQuietly();
  }

  /** Waits, for at most {@code nanos}, until every exchange has reached the recorder. */
  private void awaitNothingInFlight(long nanos) {
    long deadline = System.nanoTime() + nanos;
    while (!inFlight.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The index of a scenario's next request, in the order the requests were issued. */
  int nextIndex() {
    return nextIndex.getAndIncrement();
  }

  /**
   * After the simulation: waits for the last records, computes and prints SGLang's summary and writes the run
   * folder. Once only; later calls return the first one's summary.
   *
   * @return the summary, or empty when no measured request was sent
   */
  Optional<PostProcessor.Summary> finish() {
    if (!finished.compareAndSet(false, true)) {
      return summary;
    }
    if (!interrupted) {
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already exiting: the hook is running or will find the run finished
      }
    }
    recorder.close();
    try {
      BenchConfig c = setup.config();
      if (c.profiling().enabled() && c.profiling().numSteps() == null) {
        ServerQueries.stopProfile(setup.target());
      }
      if (recorder.measured() == 0) {
        Console.line("llmbench: no measured request was sent; no summary. Request log: "
            + setup.folder().requestLog());
        failProcessUnless(Verdicts.notJudged(setup.folder(), "no measured request was sent").passed());
        return summary;
      }
      // a workload's t=0 is its schedule's origin; a scenario's, its first request's send
      long origin = workload != null ? workload.originNanos() : recorder.firstMeasuredStartNanos();
      long end = Math.max(recorder.lastMeasuredEndNanos(), origin);
      RunManifest manifest = setup.manifest(origin, end, interrupted ? null : ServerQueries.serverInfo(setup.target()),
          recorder.clientLoad(setup.serverLocal(), setup.embeddedMock()), interrupted);
      summary = Optional.of(PostProcessor.process(setup.folder(), manifest, setup.tokenizer()));
      failProcessUnless(Verdicts.judge(setup.folder(), c.options(), summary.get().samples(), interrupted).passed());
      return summary;
    } finally {
      setup.close();
      if (!interrupted) {
        // Gatling writes its report after this; a signal leaves none to copy
        setup.folder().copyGatlingReportOnExit(setup.startedAtMillis());
      }
    }
  }

  /** {@link #finish()} from Gatling's termination hook: a failure here must not stop the other hooks. */
  void finishQuietly() {
    try {
      finish();
    } catch (RuntimeException e) {
      Console.error(Startup.message(e) + " (the request log is kept: " + setup.folder().requestLog() + ")");
      failProcessUnless(false);
    }
  }

  /**
   * Gatling's exit code is decided without our verdict: a failed one ends the forked JVM with status 1 after the
   * exit work (embedded, a test reads the verdict files instead). A repeat's own verdict does not decide.
   */
  private void failProcessUnless(boolean passed) {
    // an interrupted run's exit is the signal's, non-zero already, and the JVM takes no new exit work
    if (!passed && !interrupted && (workload == null || workload.judgedAlone()) && Startup.ownsProcess()) {
      ProcessExit.failProcess();
    }
  }

  /** Each user gets what Gatling's HTTP engine keeps per user (its DNS resolver, say), as an http scenario would. */
  @Override
  public Function1<Session, Session> onStart() {
    return http.onStart();
  }

  @Override
  public Function1<Session, BoxedUnit> onExit() {
    return http.onExit();
  }
}
