package io.llmbench.gatling;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.backend.Backend;
import io.llmbench.backend.Backends;
import io.llmbench.backend.CustomHeaders;
import io.llmbench.backend.LogprobOptions;
import io.llmbench.backend.LoraSelection;
import io.llmbench.backend.RequestOptions;
import io.llmbench.config.BenchConfig;
import io.llmbench.config.ConfigError;
import io.llmbench.config.MockSettings;
import io.llmbench.dataset.BackendNeed;
import io.llmbench.dataset.DatasetOptions;
import io.llmbench.dataset.DatasetRow;
import io.llmbench.dataset.Datasets;
import io.llmbench.dataset.Downloads;
import io.llmbench.dataset.Workload;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import io.llmbench.report.Console;
import io.llmbench.run.RunFolder;
import io.llmbench.run.RunManifest;
import io.llmbench.schedule.ArrivalProfile;
import io.llmbench.schedule.ArrivalProfiles;
import io.llmbench.schedule.ArrivalSchedule;
import io.llmbench.schedule.TraceProfile;
import io.llmbench.tokenizer.Tokenizer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything prepared before load starts, in bench_serving's order (§1): target, model, tokenizer, dataset,
 * schedule. Any bad input fails here, before a single benchmark request is sent.
 *
 * @param mock the embedded mock server, or null against a real server
 * @param warmupRow the row warm-up copies, null without a workload (a scenario's own requests)
 * @param schedule the rows' arrival schedule, null without a workload
 */
record BenchSetup(
    BenchConfig config,
    String runName,
    LlmTarget target,
    String tokenizerSpec,
    Tokenizer tokenizer,
    List<DatasetRow> rows,
    DatasetRow warmupRow,
    ArrivalSchedule schedule,
    RunFolder folder,
    MockServer mock,
    long startedAtMillis) implements AutoCloseable {

  /** The mock's words are one GPT-2 token each: its tokenizer when none is given. */
  static final String MOCK_TOKENIZER = "builtin:gpt2";

  /** A bench_serving workload: target, tokenizer, the dataset's rows and their arrival schedule. */
  static BenchSetup prepare(BenchConfig c, String runName) {
    return prepare(c, runName, true);
  }

  /** A scenario's own requests: target and tokenizer only; the scenario makes the requests and their pace. */
  static BenchSetup forScenario(BenchConfig c, String runName) {
    return prepare(c, runName, false);
  }

  private static BenchSetup prepare(BenchConfig c, String runName, boolean workload) {
    long startedAt = System.currentTimeMillis();
    Backend backend;
    try {
      backend = Backends.forName(c.backend());
    } catch (IllegalArgumentException e) {
      throw new ConfigError("backend", c.backend(), e.getMessage());
    }
    if (c.tokenizePrompt() && !backend.acceptsTokenIds()) {
      throw new ConfigError("tokenize-prompt", true, "only with backend "
          + String.join(", ", Backends.acceptingTokenIds()) + " (token ids go as input_ids to /generate)");
    }
    ArrivalProfile arrivals = arrivalProfile(c);
    DatasetOptions datasetOptions = datasetOptions(c, backend);
    if (workload) {
      // what the whole dataset needs is refused before anything is built; what single rows need, once they are
      refuseUnserved(backend, c.datasetName(), Datasets.needs(datasetOptions));
      Datasets.validate(datasetOptions);
    }
    MockServer mock = c.usesMock() ? MockServer.start(mockConfig(c.mock())) : null;
    try {
      String baseUrl = mock != null ? mock.baseUrl()
          : !c.baseUrl().isEmpty() ? c.baseUrl()
          : "http://" + bracketIpv6(c.host()) + ":" + (c.port() != null ? c.port() : backend.defaultPort());
      // bench_serving sends trt requests with no headers at all
      Map<String, String> headers = new java.util.LinkedHashMap<>();
      if (backend.sendsHeaders()) {
        headers.putAll(Auth.headers(System.getenv()));
        headers.putAll(CustomHeaders.parse(c.header()));
      }
      if (mock == null && c.readyCheckTimeoutSec() > 0) {
        ServerQueries.awaitReady(backend, baseUrl, headers, c.readyCheckTimeoutSec());
      }
      String model = c.model() != null ? c.model() : ServerQueries.firstModel(baseUrl, headers);
      String modelId = c.servedModelName() != null ? c.servedModelName() : model;
      RequestOptions options = requestOptions(c, backend, modelId);
      LlmTarget target = new LlmTarget(backend, baseUrl, options, headers, c.headerTimeout(), c.requestTimeout());

      String tokenizerSpec = tokenizerSpec(c, model, mock != null);
      Tokenizer tokenizer = Tokenizer.load(tokenizerSpec);
      List<DatasetRow> rows = List.of();
      DatasetRow warmupRow = null;
      ArrivalSchedule schedule = null;
      if (workload) {
        Workload built = Datasets.build(datasetOptions, tokenizer);
        rows = replaysTrace(c) ? traceWindow(built.rows(), c) : built.rows();
        if (rows.isEmpty()) {
          throw new IllegalArgumentException("llmbench.dataset-name = " + c.datasetName() + " produced no request");
        }
        refuseUnserved(backend, c.datasetName(), rows.stream().flatMap(r -> r.needs().stream()).collect(Collectors.toSet()));
        built.stats().lines().forEach(Console::line);
        schedule = replaysTrace(c)
            ? new TraceProfile(rows.stream().mapToLong(DatasetRow::timestampMs).toArray(), c.slowdownFactor())
                .schedule(rows.size(), c.seed())
            : arrivals.schedule(rows.size(), c.seed());
        // a ramp announces where its rate steps up, as vLLM logs its rps change events
        schedule.rateChanges().forEach(change -> Console.line(String.format(java.util.Locale.ROOT,
            "llmbench: ramp-up reaches %d req/s at t=%.3f s", change.rps(), change.offsetNanos() / 1e9)));
        warmupRow = built.warmup().orElse(rows.get(0));
      }
      RunFolder folder = RunFolder.create(Path.of(c.reportsDir()), runName);
      BenchSetup setup = new BenchSetup(c, runName, target, tokenizerSpec, tokenizer, rows, warmupRow, schedule,
          folder, mock, startedAt);
      // written now so that an interrupted run can still be post-processed; completed after the run
      setup.manifest(0, 0, rows.size(), null).write(folder.manifest());
      Console.line("llmbench: " + target + ", model " + modelId + ", tokenizer " + tokenizerSpec + ", "
          + (workload ? rows.size() + " requests" : "requests from the scenario") + ", run folder " + folder.path());
      return setup;
    } catch (RuntimeException e) {
      if (mock != null) {
        mock.close();
      }
      throw e;
    }
  }

  private static void refuseUnserved(Backend backend, String datasetName, Set<BackendNeed> needs) {
    for (BackendNeed need : BackendNeed.values()) {
      if (needs.contains(need) && !backend.serves(need)) {
        throw new ConfigError("backend", backend.name(), need.refusal(datasetName, Backends.serving(need)));
      }
    }
  }

  /** Trace replay: the dataset's own timestamps set the arrivals (always for mooncake, as bench_serving). */
  static boolean replaysTrace(BenchConfig c) {
    return c.useTraceTimestamps() || c.datasetName().equals("mooncake");
  }

  /** The rows inside [trace-start-ms, trace-end-ms), in timestamp order (stable: a session's rounds stay in order). */
  private static List<DatasetRow> traceWindow(List<DatasetRow> rows, BenchConfig c) {
    if (rows.stream().anyMatch(r -> r.timestampMs() == null)) {
      throw new ConfigError("use-trace-timestamps", true, "dataset " + c.datasetName() + " has no timestamps");
    }
    long from = c.traceStartMs() == null ? Long.MIN_VALUE : c.traceStartMs();
    long to = c.traceEndMs() == null ? Long.MAX_VALUE : c.traceEndMs();
    return rows.stream().filter(r -> r.timestampMs() >= from && r.timestampMs() < to)
        .sorted(java.util.Comparator.comparingLong(DatasetRow::timestampMs)).toList();
  }

  /** A scenario's requests are its own: no dataset, and as many as it sent. */
  static final String SCENARIO_DATASET = "scenario";

  /**
   * @param measured the measured requests sent; a scenario's count (a workload's is {@code num-prompts}, as
   *     bench_serving reports it)
   */
  RunManifest manifest(long originNanos, long endNanos, int measured, JsonNode serverInfo) {
    BenchConfig c = config;
    boolean workload = schedule != null;
    return new RunManifest(runName, c.backend(), target.baseUrl(), target.options().model(), tokenizerSpec,
        workload ? c.datasetName() : SCENARIO_DATASET, workload ? c.numPrompts() : measured,
        replaysTrace(c) ? "trace" : Double.isInfinite(c.requestRate()) ? "inf" : Double.toString(c.requestRate()),
        c.uncapped() ? null : c.maxConcurrency(), c.tag(), c.sharegptOutputLen(), c.randomInputLen(),
        c.randomOutputLen(), c.randomRangeRatio(), c.images().count(), c.images().resolution(), c.outputDetails(),
        c.cacheReport(), c.outputFile(), originNanos, endNanos, serverInfo);
  }

  @Override
  public void close() {
    if (mock != null) {
      mock.close();
    }
  }

  /** The reference asks the server's /model_info, then uses the model id; we never download (offline). */
  private static String tokenizerSpec(BenchConfig c, String model, boolean mock) {
    if (c.tokenizer() != null) {
      return c.tokenizer();
    }
    return mock ? MOCK_TOKENIZER : model;
  }

  private static RequestOptions requestOptions(BenchConfig c, Backend backend, String modelId) {
    try {
      LoraSelection lora = c.loraName().isEmpty() ? LoraSelection.NONE
          : new LoraSelection(c.loraName(), LoraSelection.Distribution.parse(c.loraRequestDistribution()),
              c.loraZipfAlpha(), c.seed());
      LogprobOptions logprobs = new LogprobOptions(c.returnLogprob(), c.topLogprobsNum(), c.logprobStartLen(),
          c.tokenIdsLogprob());
      return new RequestOptions(modelId, !c.disableStream(), !c.disableIgnoreEos(), c.temperature(), c.topP(),
          extraBody(c, backend), c.includeUsage(), logprobs, c.returnRoutedExperts(), lora);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("llmbench: " + e.getMessage(), e);
    }
  }

  /**
   * bench_serving §3.4: with the cache report, the OpenAI-style sglang backends must ask for the tier details
   * (native /generate sends them unasked); other servers have none, which only earns a warning.
   */
  static Map<String, Object> extraBody(BenchConfig c, Backend backend) {
    if (!c.cacheReport()) {
      return c.extraRequestBody();
    }
    if (!backend.reportsCachedTokens()) {
      Console.warn("cache-report needs an sglang backend; " + backend.name()
          + " reports no cached tokens, the section will show zeros");
      return c.extraRequestBody();
    }
    if (!backend.asksCachedTokenDetails()) {
      return c.extraRequestBody();
    }
    Map<String, Object> body = new java.util.LinkedHashMap<>(c.extraRequestBody());
    body.put("return_cached_tokens_details", true);
    return body;
  }

  private static ArrivalProfile arrivalProfile(BenchConfig c) {
    try {
      return ArrivalProfiles.of(c.arrivalProfile(), c.requestRate(), c.burstiness(),
          c.rampUpStartRps() == null ? Double.NaN : c.rampUpStartRps(),
          c.rampUpEndRps() == null ? Double.NaN : c.rampUpEndRps());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("llmbench." + e.getMessage(), e);
    }
  }

  static MockConfig mockConfig(MockSettings s) {
    return MockConfig.defaults()
        .withTtftMs(s.ttftMs())
        .withGapMs(s.itlMs())
        .withTokensPerChunk(s.tokensPerChunk())
        .withJitterMs(s.jitterMs());
  }

  /** The given path; else, when the user opted in, bench_serving's public file for the dataset, cached. */
  private static Path datasetPath(BenchConfig c) {
    if (!c.datasetPath().isEmpty()) {
      return Path.of(c.datasetPath());
    }
    if (!c.datasetDownload().enabled()) {
      return null;
    }
    return Downloads.sourceKey(c.datasetName(), c.mooncakeWorkload())
        .map(key -> Downloads.cached(c.datasetDownload(), key)).orElse(null);
  }

  private static DatasetOptions datasetOptions(BenchConfig c, Backend backend) {
    return new DatasetOptions(c.datasetName(), datasetPath(c), c.numPrompts(),
        c.randomInputLen(), c.randomOutputLen(), c.randomRangeRatio(), c.seed(), c.tokenizePrompt(),
        c.sharegptOutputLen(), c.sharegptContextLen(), c.promptSuffix(), c.applyChatTemplate(),
        new DatasetOptions.Sonnet(c.sonnetInputLen(), c.sonnetOutputLen(), c.sonnetPrefixLen()),
        new DatasetOptions.PrefixRepetition(c.prefixRepetitionPrefixLen(), c.prefixRepetitionSuffixLen(),
            c.prefixRepetitionNumPrefixes(), c.prefixRepetitionOutputLen()),
        new DatasetOptions.Mooncake(c.mooncakeNumRounds()), c.sharedPrefix(), c.images(), c.randomMm(), c.agentic(), c.speedBench(),
        backend.isChat());
  }

  private static String bracketIpv6(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
