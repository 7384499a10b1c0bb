package io.llmbench.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.crashLoadGeneratorIf;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.http.protocol.HttpComponents;
import io.gatling.http.protocol.HttpProtocol$;
import io.gatling.javaapi.core.ActionBuilder;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.llmbench.config.BenchConfig;
import io.llmbench.config.ConfigLoader;
import io.llmbench.config.Thresholds;
import io.llmbench.dataset.DatasetRow;
import io.llmbench.run.RunFolder;
import io.llmbench.run.RunManifest;
import io.llmbench.run.PostProcessor;
import io.llmbench.schedule.ArrivalSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The building blocks of an LLM benchmark in Gatling's Java DSL. {@link #fromConfig(String)} does all the
 * work that must happen before load (validate options, start the mock, discover the model, load the tokenizer,
 * generate the dataset and the arrival schedule); then a simulation wires {@link #protocol()},
 * {@link #population()} and {@link #assertions()}, and calls {@link #finish()} from {@code after()}.
 */
public final class LlmBench {
  private final BenchSetup setup;
  private final RunRecorder recorder;
  private final Phase warmup;
  private final Phase measured;

  private LlmBench(BenchSetup setup) {
    this.setup = setup;
    this.recorder = new RunRecorder(setup.folder().requestLog(), setup.target().backend().name());
    BenchConfig c = setup.config();
    List<DatasetRow> rows = setup.rows();
    // warm-up: copies of the first row (a whole conversation for multi-turn rows) unless the dataset has its own,
    // output capped at 32 tokens, without the row's own extra body, sent together (bench_serving §6.3)
    DatasetRow warm = setup.warmupRow();
    DatasetRow first = warm.withOutputLen(Math.min(warm.outputLen(), 32)).withExtraBody(Map.of());
    List<DatasetRow> warmRows = c.warmupRequests() == 0 ? List.of() : Collections.nCopies(c.warmupRequests(), first);
    this.warmup = new Phase("warmup", warmRows, new Dispatcher(ArrivalSchedule.burst(warmRows.size()), 0, () -> { }),
        true, "llm.warmup");
    // bench_serving pauses 1 s between warm-up and the measured phase
    long lead = c.warmupRequests() > 0 ? 1_000_000_000L : 100_000_000L;
    this.measured = new Phase("measured", rows, new Dispatcher(setup.schedule(), lead, this::beforeMeasuring), false,
        "llm.index");
  }

  /** Reads {@code llmbench.*} and prepares everything a run needs before load starts. */
  public static LlmBench fromConfig(String runName) {
    return of(ConfigLoader.load(), runName);
  }

  public static LlmBench of(BenchConfig config, String runName) {
    return new LlmBench(BenchSetup.prepare(config, runName));
  }

  /** Gatling's HTTP protocol for the target; the requests use its engine, DNS and TLS settings. */
  public HttpProtocolBuilder protocol() {
    return http.baseUrl(setup.target().baseUrl());
  }

  /**
   * The measured requests, for {@link #workers()} virtual users: each takes the next request in arrival order,
   * sends it at its intended time, and leaves its {@code RequestRecord} in the session under "llm".
   */
  public ChainBuilder requests() {
    return workerLoop(measured, exec(s -> s));
  }

  /** As {@link #requests()}, running {@code afterEach} (your own checks) after every request. */
  public ChainBuilder requests(ChainBuilder afterEach) {
    return workerLoop(measured, afterEach);
  }

  /** Virtual users the measured phase needs: the concurrency cap, or one per request when uncapped. */
  public int workers() {
    return workers(measured);
  }

  /** Warm-up (excluded from every figure), then the measured phase. */
  public PopulationBuilder population() {
    return populationThen(null);
  }

  /** As {@link #population()}, then {@code next} once the measured phase is over (null: nothing). */
  public PopulationBuilder populationThen(PopulationBuilder next) {
    // as bench_serving: when every warm-up request failed, the server is not worth measuring
    ChainBuilder warmupGate = crashLoadGeneratorIf(
        s -> "Warmup failed - Please make sure benchmark arguments are correctly specified. Error: "
            + recorder.warmupFailure(),
        s -> recorder.warmupFailure() != null);
    PopulationBuilder measuredPhase =
        scenario(setup.runName()).exec(warmupGate).exec(requests()).injectOpen(atOnceUsers(workers(measured)));
    PopulationBuilder main = next == null ? measuredPhase : measuredPhase.andThen(next);
    if (warmup.rows().isEmpty()) {
      return main;
    }
    return scenario(setup.runName() + " warm-up").exec(workerLoop(warmup, exec(s -> s)))
        .injectOpen(atOnceUsers(workers(warmup)))
        .andThen(main);
  }

  /** The configured CI gates as Gatling assertions on the TTFT, ITL, TPOT and E2E rows. */
  public List<Assertion> assertions() {
    Thresholds t = setup.config().assertions();
    List<Assertion> out = new ArrayList<>();
    t.latencyLimitsMs().forEach((key, limit) -> {
      String[] parts = key.split("-");
      var time = details(parts[1].toUpperCase(java.util.Locale.ROOT)).responseTime();
      var metric = switch (parts[0]) {
        case "mean" -> time.mean();
        case "max" -> time.max();
        default -> time.percentile(Double.parseDouble(parts[0].substring(1)));
      };
      // Gatling's response times are whole milliseconds: "at most 500.5" is "at most 500"
      out.add(metric.lte((int) Math.floor(limit)));
    });
    if (t.maxFailedPct() != null) {
      out.add(details(setup.target().backend().name()).failedRequests().percent().lte(t.maxFailedPct()));
    }
    return out;
  }

  /**
   * After the run: waits for the last records, computes and prints SGLang's summary, writes the run folder.
   *
   * @return the summary, or empty when no measured request was sent
   */
  public Optional<PostProcessor.Summary> finish() {
    recorder.close();
    try {
      if (setup.config().profiling().enabled() && setup.config().profiling().numSteps() == null) {
        ServerQueries.stopProfile(setup.target());
      }
      long origin = measured.dispatcher().originNanos();
      if (origin == 0) {
        System.out.println("llmbench: no measured request was sent; no summary. Request log: " + setup.folder().requestLog());
        return Optional.empty();
      }
      long end = Math.max(recorder.lastMeasuredEndNanos(), origin);
      RunManifest manifest = setup.manifest(origin, end, ServerQueries.serverInfo(setup.target()));
      return Optional.of(PostProcessor.process(setup.folder(), manifest, setup.tokenizer()));
    } finally {
      setup.close();
      setup.folder().copyGatlingReportOnExit(setup.startedAtMillis());
    }
  }

  /** bench_serving's order after warm-up: flush the cache, (the 1 s pause is the lead), start the profiler. */
  private void beforeMeasuring() {
    BenchConfig c = setup.config();
    if (c.flushCache()) {
      ServerQueries.flushCache(setup.target(), c.flushCacheTimeout());
    }
    if (c.profiling().enabled()) {
      ServerQueries.startProfile(setup.target(), c.profiling());
    }
  }

  /** The run's folder under {@code reports/}. */
  public RunFolder folder() {
    return setup.folder();
  }

  private int workers(Phase phase) {
    int n = phase.rows().size();
    return setup.config().uncapped() ? n : Math.min(n, setup.config().maxConcurrency());
  }

  /**
   * Each worker claims a row, sends it, and for a conversation sends its next turns one after another (after the
   * think time), then claims the next row: the concurrency cap counts conversations, as in bench_serving.
   */
  private ChainBuilder workerLoop(Phase phase, ChainBuilder afterEach) {
    String key = phase.sessionKey();
    ChainBuilder claim = exec(phase::claim);
    Duration think = setup.config().thinkTime();
    ChainBuilder nextTurn = think.isZero() ? exec(phase::nextTurn) : exec(phase::nextTurn).pause(think);
    return claim.asLongAs(s -> s.getInt(key) != Dispatcher.NONE)
        .on(exec(request(phase)).exec(afterEach).doIfOrElse(phase::hasNextTurn).then(nextTurn).orElse(claim));
  }

  private ActionBuilder request(Phase phase) {
    io.gatling.core.action.builder.ActionBuilder scala = (ctx, next) -> {
      recorder.bind(ctx.coreComponents());
      HttpComponents http = ctx.protocolComponentsRegistry().components(HttpProtocol$.MODULE$.HttpProtocolKey());
      return new LlmRequestAction(setup.target(), phase, http, recorder, next);
    };
    return () -> scala;
  }
}
