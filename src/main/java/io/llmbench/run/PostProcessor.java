package io.llmbench.run;

import io.llmbench.backend.ParsedResponse;
import io.llmbench.backend.TimingRules;
import io.llmbench.config.Compat;
import io.llmbench.config.Options;
import io.llmbench.dataset.Datasets;
import io.llmbench.dataset.ImageDataset;
import io.llmbench.metrics.BenchmarkMetrics;
import io.llmbench.metrics.Goodput;
import io.llmbench.metrics.Metrics;
import io.llmbench.metrics.RequestOutcome;
import io.llmbench.metrics.Samples;
import io.llmbench.metrics.SteadyState;
import io.llmbench.metrics.VllmMetrics;
import io.llmbench.python.PythonJson;
import io.llmbench.report.Console;
import io.llmbench.report.ConsoleSummary;
import io.llmbench.report.ReportOptions;
import io.llmbench.report.RunInfo;
import io.llmbench.report.SglangJsonl;
import io.llmbench.report.VllmOptions;
import io.llmbench.report.VllmReport;
import io.llmbench.report.html.LlmReport;
import io.llmbench.report.html.PageInput;
import io.llmbench.schedule.LagStats;
import io.llmbench.schedule.RequestDelivery;
import io.llmbench.schedule.ScheduleFidelity;
import io.llmbench.schedule.ScheduleStats;
import io.llmbench.tokenizer.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a run folder (request log + manifest) into SGLang's outputs: the console block (printed and written to
 * {@code summary.txt}) and the JSONL line (appended to bench_serving's default file name in the run folder, and to
 * {@code output-file} when given), and the run's page ({@code llm-report.html}). Runs after every simulation, and on its own on any run folder:
 * {@code java -cp ... io.llmbench.run.PostProcessor reports/<run>}.
 */
public final class PostProcessor {
  private PostProcessor() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      Console.error("usage: PostProcessor <run folder>");
      System.exit(2);
    }
    System.setProperty("ai.djl.offline", "true");
    RunFolder folder = new RunFolder(Path.of(args[0]));
    RunManifest manifest = RunManifest.read(folder.manifest());
    try (Tokenizer tokenizer = Tokenizer.load(manifest.tokenizer())) {
      process(folder, manifest, tokenizer);
    }
  }

  /**
   * What one run came to.
   *
   * @param console SGLang's block and ours, as printed
   * @param sglangLine SGLang's JSONL line (no newline)
   * @param samples each request's values of the figures, for CI gates and comparisons
   * @param vllmResult vLLM's result JSON (compat = vllm), else null
   */
  public record Summary(String console, String sglangLine, BenchmarkMetrics metrics, Samples samples,
      String vllmResult) {}

  /**
   * Writes the manifest, SGLang's outputs and the run's page; with compat = vllm, vLLM's console block stands where
   * SGLang's would and vLLM's result JSON lands in the run folder (and with save-result in result-dir) too.
   */
  public static Summary process(RunFolder folder, RunManifest manifest, Tokenizer tokenizer) {
    manifest.write(folder.manifest());
    Measured run = measure(folder, manifest, tokenizer);
    BenchmarkMetrics metrics = run.metrics();
    RunInfo info = run.info();
    Options values = info.options();
    ScheduleFidelity schedule = scheduleFidelity(run.records());
    SteadyState steady = SteadyState.of(values.get(SteadyState.OPTION), run.outcomes(), metrics.durationS());
    Goodput goodput = values.get(Goodput.OPTION);
    Goodput.Figures good = goodput.isSet() ? goodput.of(run.samples()) : null;
    int numPrompts = info.scenario() ? run.records().size() : values.get(Datasets.NUM_PROMPTS);
    VllmOutput vllm = values.get(Compat.OPTION) == Compat.VLLM
        ? vllmOutput(run, manifest, goodput, numPrompts) : null;
    String console = (vllm != null ? vllm.block() : ConsoleSummary.sglangBlock(info, metrics))
        + ConsoleSummary.extrasBlock(info, metrics, schedule, good)
        + (steady == null ? "" : ConsoleSummary.steadyStateBlock(info, steady));
    Console.print(console);
    if (vllm != null) {
      writeVllmResult(folder, values, vllm.fileName(), vllm.json());
    }
    String line = SglangJsonl.line(info, metrics, run.outcomes(), schedule, steady, good);
    write(folder.summary(), console, false);
    write(folder.path().resolve(SglangJsonl.defaultFileName(info.backend(), info.datasetName(),
        numPrompts, info.randomInputLen(),
        info.randomOutputLen(), values.get(ImageDataset.COUNT), values.get(ImageDataset.RESOLUTION), LocalDate.now())),
        line + "\n", true);
    String outputFile = values.get(ReportOptions.OUTPUT_FILE);
    if (!outputFile.isEmpty()) {
      write(Path.of(outputFile), line + "\n", true);
    }
    LlmReport.write(folder.path(), new PageInput(manifest.runName(), manifest.baseUrl(), manifest.model(),
        manifest.tokenizer(), info, console, metrics, steady, run.records(), run.outcomes(), run.originNanos(),
        run.endNanos()));
    return new Summary(console, line, metrics, run.samples(), vllm == null ? null : vllm.json());
  }

  /** vLLM's console block, its result JSON and the file name vLLM gives it. */
  private record VllmOutput(String block, String json, String fileName) {}

  private static VllmOutput vllmOutput(Measured run, RunManifest manifest, Goodput goodput, int numPrompts) {
    double durationS = run.metrics().durationS();
    VllmMetrics m = VllmMetrics.compute(run.outcomes(), durationS,
        run.info().options().get(VllmOptions.METRIC_PERCENTILES), goodput);
    VllmReport.Run vllmRun = VllmReport.Run.of(run.info(), String.valueOf(manifest.model()), manifest.tokenizer(),
        numPrompts, LocalDateTime.now());
    return new VllmOutput(VllmReport.block(vllmRun, durationS, m),
        PythonJson.dumps(VllmReport.result(vllmRun, durationS, m, run.outcomes())), VllmReport.fileName(vllmRun));
  }

  /**
   * vLLM's {@code json.dump} of the result (no newline, the file replaced) into the run folder under its file name,
   * and with {@code save-result} where vLLM writes it: {@code result-dir} (created), else the working directory.
   */
  private static void writeVllmResult(RunFolder folder, Options values, String fileName, String json) {
    write(folder.path().resolve(Path.of(fileName).getFileName()), json, false);
    if (values.get(VllmOptions.SAVE_RESULT)) {
      String dir = values.get(VllmOptions.RESULT_DIR);
      Path file = dir == null ? Path.of(fileName) : Path.of(dir).resolve(fileName);
      write(file, json, false);
      Console.line("llmbench: vLLM result written to " + file);
    }
  }

  /** The samples of an existing run folder, with the tokenizer it was counted with; nothing is written. */
  public static Samples samples(RunFolder folder) {
    RunManifest manifest = RunManifest.read(folder.manifest());
    try (Tokenizer tokenizer = Tokenizer.load(manifest.tokenizer())) {
      return measure(folder, manifest, tokenizer).samples();
    }
  }

  /**
   * A run folder read back: its measured records in dispatch order, their outcomes, SGLang's figures, and the
   * measured phase's t=0 and end.
   */
  private record Measured(RunInfo info, List<RequestRecord> records, List<RequestOutcome> outcomes,
      BenchmarkMetrics metrics, Samples samples, long originNanos, long endNanos) {}

  private static Measured measure(RunFolder folder, RunManifest manifest, Tokenizer tokenizer) {
    List<RequestRecord> measured = RequestLog.read(folder.requestLog()).stream()
        .filter(r -> !r.warmup())
        .sorted(Comparator.comparingInt(RequestRecord::index).thenComparingInt(RequestRecord::turn))
        .toList();
    // an interrupted run's manifest has neither: t=0 is the first intended send, the last request measured ends it
    long origin = manifest.originNanos() != 0 ? manifest.originNanos()
        : measured.stream().mapToLong(RequestRecord::scheduledNanos).min().orElse(0);
    long end = manifest.endNanos() > origin ? manifest.endNanos()
        : measured.stream().mapToLong(RequestRecord::endNanos).max().orElse(origin);
    RunInfo info = new RunInfo(manifest.values(), manifest.traceReplay(), manifest.scenario(), manifest.serverInfo(),
        manifest.clientLoad(), manifest.interrupted());
    TimingRules rules = TimingRules.of(info.options().get(Compat.OPTION));
    List<RequestOutcome> outcomes = new ArrayList<>(measured.size());
    for (RequestRecord r : measured) {
      outcomes.add(toOutcome(r, origin, tokenizer, rules));
    }
    // SGLang swaps in the retokenized ITL for sglang-oai* when the server reports a speculative accept length
    boolean retokenizedItl = info.retokenizedItl();
    double durationS = (end - origin) / 1e9;
    return new Measured(info, measured, outcomes, Metrics.compute(outcomes, durationS, retokenizedItl),
        Samples.of(outcomes, durationS, retokenizedItl), origin, end);
  }

  /**
   * Of the requests the arrival schedule placed (later turns of a conversation follow their replies instead); null
   * with fewer than two, which have no gap.
   */
  static ScheduleFidelity scheduleFidelity(List<RequestRecord> records) {
    List<RequestRecord> measured = records.stream().filter(r -> r.turn() == 0).toList();
    if (measured.size() < 2) {
      return null;
    }
    long[] scheduled = measured.stream().mapToLong(RequestRecord::scheduledNanos).toArray();
    long[] ready = measured.stream().mapToLong(RequestRecord::readyNanos).toArray();
    long[] start = measured.stream().mapToLong(RequestRecord::startNanos).toArray();
    // every request's delivery, later turns included: each has its own send
    boolean[] reused = new boolean[records.size()];
    int[] sends = new int[records.size()];
    for (int i = 0; i < records.size(); i++) {
      reused[i] = records.get(i).reusedConnection();
      sends[i] = records.get(i).sends();
    }
    RequestDelivery delivery = RequestDelivery.of(records.stream().mapToLong(RequestRecord::startNanos).toArray(),
        records.stream().mapToLong(RequestRecord::sentNanos).toArray(), reused, sends,
        records.stream().mapToLong(RequestRecord::slotFreedNanos).toArray());
    return new ScheduleFidelity(ScheduleStats.of(scheduled), LagStats.of(scheduled, start), LagStats.of(ready, start),
        ScheduleFidelity.DEFAULT_WARN_ABOVE_MS, delivery);
  }

  static RequestOutcome toOutcome(RequestRecord r, long originNanos, Tokenizer tokenizer, TimingRules rules) {
    ParsedResponse p = r.response();
    boolean ok = p.success();
    int retokenized = ok ? tokenizer.encode(p.generatedText(), false).length : 0;
    int serverPrompt = p.serverPromptTokens() > 0 ? p.serverPromptTokens() : r.promptLen();
    double ttft = p.firstTokenNanos() == 0 ? 0.0 : seconds(p.firstTokenNanos() - r.startNanos());
    long last = p.lastLineNanos() == 0 ? r.endNanos() : p.lastLineNanos();
    List<Double> itl = p.itlNanos().stream().map(PostProcessor::seconds).toList();
    return new RequestOutcome(
        ok,
        p.error(),
        r.promptLen(),
        serverPrompt,
        r.promptLen(),
        0,
        ok ? rules.outputTokens(p, () -> retokenized) : 0,
        retokenized,
        seconds(r.scheduledNanos() - originNanos),
        seconds(r.startNanos() - originNanos),
        ttft,
        seconds(last - r.startNanos()),
        itl,
        perTokenItl(p, tokenizer),
        p.generatedText(),
        p.cachedTokens());
  }

  /**
   * Each content chunk's gap spread evenly over the tokens it carried: the server's count when the stream gives
   * one (native completion_tokens deltas, per-chunk usage), else the client tokenizer's count of the chunk's text
   * (at least 1), as SGLang's retokenized ITL does.
   */
  static List<Double> perTokenItl(ParsedResponse p, Tokenizer tokenizer) {
    List<Long> chunks = p.contentChunkNanos();
    List<Integer> tokens = p.contentChunkTokens();
    List<Integer> chars = p.contentChunkChars();
    List<Double> out = new ArrayList<>();
    for (int i = 1; i < chunks.size(); i++) {
      double gap = seconds(chunks.get(i) - chunks.get(i - 1));
      int k = tokens.get(i) > 0 ? tokens.get(i)
          : Math.max(1, tokenizer.encode(p.generatedText().substring(chars.get(i - 1), chars.get(i)), false).length);
      for (int j = 0; j < k; j++) {
        out.add(gap / k);
      }
    }
    return out;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void write(Path file, String text, boolean append) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
