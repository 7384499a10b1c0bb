package io.llmbench.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.crashLoadGeneratorIf;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.commons.validation.Success;
import io.gatling.javaapi.core.ActionBuilder;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.llmbench.backend.LoraSelection;
import io.llmbench.backend.RequestInput;
import io.llmbench.config.BenchConfig;
import io.llmbench.config.Compat;
import io.llmbench.config.Thresholds;
import io.llmbench.dataset.DatasetRow;
import io.llmbench.report.Console;
import io.llmbench.run.PostProcessor;
import io.llmbench.schedule.ArrivalSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A bench_serving workload in Gatling's terms: the dataset's requests on their seeded arrival schedule, behind the
 * FIFO concurrency cap, after a warm-up. One virtual user per request (per conversation for multi-turn rows), so
 * Gatling's progress counts requests; each is sent at max(its intended time, a free slot), bench_serving's
 * semaphore on an absolute clock. Built from {@code llmbench.*} options before the simulation is set up, because
 * Gatling needs the number of users then.
 */
public final class LlmWorkload {
  private final BenchSetup setup;
  private final Phase warmup;
  private final Phase measured;
  /** One instance: Gatling gives each protocol instance its own run. */
  private final LlmProtocol protocol;
  private volatile LlmRun run;
  /** Its verdict alone decides the exit status; not for one of several repeats, judged together. */
  private volatile boolean judgedAlone = true;

  private LlmWorkload(BenchSetup setup) {
    this.setup = setup;
    BenchConfig c = setup.config();
    // warm-up: copies of the first row (a whole conversation for multi-turn rows) unless the dataset has its own,
    // output capped at 32 tokens, without the row's own extra body, sent together (bench_serving §6.3); vllm bench
    // serve repeats its first request with its own output length (behind the concurrency cap, as here)
    boolean vllm = c.compat() == Compat.VLLM;
    DatasetRow warm = vllm ? setup.rows().get(0) : setup.warmupRow();
    DatasetRow first = (vllm ? warm : warm.withOutputLen(Math.min(warm.outputLen(), 32))).withExtraBody(Map.of());
    List<DatasetRow> warmRows = c.warmupRequests() == 0 ? List.of() : Collections.nCopies(c.warmupRequests(), first);
    if (c.autoWarmup()) {
      Console.line("llmbench: warm-up: " + warmRows.size() + " requests, sized from the concurrency"
          + " (warmup-requests = auto; give a number to change it)");
    }
    Slots warmupSlots = c.uncapped() ? null : new Slots(c.maxConcurrency(), true);
    this.warmup = new Phase("warmup", warmRows, new Dispatcher(ArrivalSchedule.burst(warmRows.size()), 0, () -> { }),
        true, "llm.warmup", warmupSlots);
    // bench_serving pauses 1 s between warm-up and the measured phase; vllm bench serve goes straight on
    long lead = c.warmupRequests() > 0 && !vllm ? 1_000_000_000L : 100_000_000L;
    this.measured = new Phase("measured", setup.rows(), new Dispatcher(setup.schedule(), lead, this::beforeMeasuring),
        false, "llm.index", warmupSlots == null ? null : warmupSlots.next());
    this.protocol = new LlmProtocol(c, setup.runName(), this);
  }

  /** Validates the options and prepares everything before load: target, tokenizer, dataset, schedule. */
  public static LlmWorkload prepare(BenchConfig config, String runName) {
    return new LlmWorkload(BenchSetup.prepare(config, runName));
  }

  /** The {@code llm} protocol carrying this workload: its requests go to the prepared target. */
  public LlmProtocolBuilder protocol() {
    return LlmProtocolBuilder.of(protocol);
  }

  /** The workload's requests, for one virtual user each: claim the next, send it (and its later turns). */
  public ChainBuilder requests() {
    return requests(measured);
  }

  /** Virtual users the measured phase needs: one per request or conversation. */
  public int users() {
    return measured.rows().size();
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
            + run.recorder().warmupFailure(),
        s -> run.recorder().warmupFailure() != null);
    PopulationBuilder measuredPhase = scenario(setup.runName()).exec(warmupGate).exec(requests(measured))
        .injectOpen(atOnceUsers(users())).protocols(protocol());
    PopulationBuilder main = next == null ? measuredPhase : measuredPhase.andThen(next);
    if (warmup.rows().isEmpty()) {
      return main;
    }
    return scenario(setup.runName() + " warm-up").exec(requests(warmup))
        .injectOpen(atOnceUsers(warmup.rows().size())).protocols(protocol())
        .andThen(main);
  }

  /**
   * The configured CI gates as Gatling assertions on the TTFT, ITL, TPOT and E2E rows. Each metric gate also
   * asks for at least one value, so a run where nothing was measured fails instead of passing on nothing.
   */
  public List<Assertion> assertions() {
    Thresholds t = setup.config().assertions();
    List<Assertion> out = new ArrayList<>();
    t.latencyLimitsMs().forEach((key, limit) -> {
      String[] parts = key.split("-");
      List<String> path = RunRecorder.CHAIN.subList(0, RunRecorder.CHAIN.indexOf(parts[1].toUpperCase(Locale.ROOT)) + 1);
      var time = details(path.toArray(String[]::new)).responseTime();
      var metric = switch (parts[0]) {
        case "mean" -> time.mean();
        case "max" -> time.max();
        default -> time.percentile(Double.parseDouble(parts[0].substring(1)));
      };
      // Gatling's response times are whole milliseconds: "at most 500.5" is "at most 500"
      out.add(metric.lte((int) Math.floor(limit)));
      out.add(details(path.toArray(String[]::new)).allRequests().count().gt(0L));
    });
    if (t.maxFailedPct() != null) {
      List<String> path = new ArrayList<>(RunRecorder.CHAIN);
      path.add(requestName());
      out.add(details(path.toArray(String[]::new)).failedRequests().percent().lte(t.maxFailedPct()));
    }
    return out;
  }

  /**
   * Ends the run now (a suite prints its table from {@code after()}); otherwise the protocol does it when the
   * simulation is over.
   */
  public Optional<PostProcessor.Summary> finish() {
    return run == null ? Optional.empty() : run.finish();
  }

  /** Stops what preparing started (the embedded mock) when the workload is never run. */
  public void close() {
    setup.close();
  }

  BenchSetup setup() {
    return setup;
  }

  /** One of several repeats: its own verdict is written, but the verdict of the runs together decides. */
  void judgeWithOthers() {
    judgedAlone = false;
  }

  boolean judgedAlone() {
    return judgedAlone;
  }

  void bind(LlmRun run) {
    this.run = run;
  }

  /** t=0 of the measured phase's schedule, 0 before it started. */
  long originNanos() {
    return measured.dispatcher().originNanos();
  }

  /** The Gatling row of the measured requests: the backend's name, as bench_serving labels its runs. */
  private String requestName() {
    return setup.target().backend().name();
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

  /**
   * One user's requests: it claims a row in arrival order, sends it, and for a conversation sends its next turns
   * one after another (after the think time); the concurrency cap counts conversations, as in bench_serving.
   */
  private ChainBuilder requests(Phase phase) {
    Duration think = setup.config().thinkTime();
    ChainBuilder nextTurn = think.isZero() ? exec(phase::nextTurn) : exec(phase::nextTurn).pause(think);
    return exec(phase::claim).doIf(phase::claimed).then(
        exec(request(phase)).asLongAs(phase::hasNextTurn).on(nextTurn.exec(request(phase))));
  }

  private ActionBuilder request(Phase phase) {
    String name = phase.warmup() ? "warmup" : requestName();
    io.gatling.core.action.builder.ActionBuilder scala = (ctx, next) -> {
      LlmRun run = ctx.protocolComponentsRegistry().components(LlmProtocol.KEY);
      return new LlmRequestAction(name, run, session -> {
        int index = phase.index(session);
        int turn = phase.turn(session);
        DatasetRow row = phase.rows().get(index);
        RequestInput input = new RequestInput(row, loraName(phase, index), turn, phase.history(session));
        // a later turn of a conversation is due as soon as the previous reply (and any think time) is over
        long scheduled = turn == 0 ? phase.dispatcher().scheduledNanos(index) : 0;
        return new Success<>(new Outgoing(name, index, input, phase.warmup(), scheduled, phase.dispatcher(),
            phase.slots(), turn + 1 >= row.turns(), DatasetRow::promptLen));
      }, LlmChecks.toScala(List.of()), false, next);
    };
    return () -> scala;
  }

  /** The adapter for this request; warm-up uses the first name, as bench_serving. */
  private String loraName(Phase phase, int index) {
    LoraSelection lora = setup.target().options().lora();
    if (!lora.enabled()) {
      return null;
    }
    return phase.warmup() ? lora.warmupChoice() : lora.choose(index);
  }
}
