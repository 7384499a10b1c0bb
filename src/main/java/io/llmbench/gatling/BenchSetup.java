package io.llmbench.gatling;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.backend.Backend;
import io.llmbench.backend.Backends;
import io.llmbench.backend.CustomHeaders;
import io.llmbench.backend.LogprobOptions;
import io.llmbench.backend.LoraSelection;
import io.llmbench.backend.RequestOptionSpecs;
import io.llmbench.backend.RequestOptions;
import io.llmbench.config.BenchConfig;
import io.llmbench.config.ConfigError;
import io.llmbench.config.MockSettings;
import io.llmbench.dataset.BackendNeed;
import io.llmbench.dataset.DatasetOptions;
import io.llmbench.dataset.DatasetRow;
import io.llmbench.dataset.Datasets;
import io.llmbench.dataset.Workload;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import io.llmbench.report.Console;
import io.llmbench.run.ClientLoad;
import io.llmbench.run.RunFolder;
import io.llmbench.run.RunManifest;
import io.llmbench.schedule.ArrivalProfile;
import io.llmbench.schedule.ArrivalProfiles;
import io.llmbench.schedule.ArrivalSchedule;
import io.llmbench.schedule.TraceProfile;
import io.llmbench.tokenizer.Tokenizer;
import io.llmbench.verdict.Gates;
import io.llmbench.verdict.Verdicts;
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
      backend = Backends.forName(c.backend(), c.compat());
    } catch (IllegalArgumentException e) {
      throw new ConfigError("backend", c.backend(), e.getMessage());
    }
    if (c.tokenizePrompt() && !backend.acceptsTokenIds()) {
      throw new ConfigError("tokenize-prompt", true, "only with backend "
          + String.join(", ", Backends.acceptingTokenIds()) + " (token ids go as input_ids to /generate)");
    }
    ArrivalProfile arrivals = arrivalProfile(c);
    Verdicts.checkBaseline(c.options());
    Gates.check(c.options());
    DatasetOptions datasetOptions = Datasets.options(c.options(), backend.isChat());
    if (workload) {
      // what the whole dataset needs is refused before anything is built; what single rows need, once they are
      refuseUnserved(backend, c.datasetName(), Datasets.needs(datasetOptions));
      Datasets.validate(datasetOptions);
    }
    TlsTrust tls = TlsTrust.of(c);
    MockServer mock = c.usesMock() ? MockServer.start(mockConfig(c.mock())) : null;
    try {
      String configuredUrl = c.get(RequestOptionSpecs.BASE_URL);
      Integer port = c.get(RequestOptionSpecs.PORT);
      String baseUrl = mock != null ? mock.baseUrl()
          : !configuredUrl.isEmpty() ? configuredUrl
          : "http://" + bracketIpv6(c.get(RequestOptionSpecs.HOST)) + ":" + (port != null ? port : backend.defaultPort());
      // bench_serving sends trt requests with no headers at all
      Map<String, String> headers = new java.util.LinkedHashMap<>();
      if (backend.sendsHeaders()) {
        headers.putAll(Auth.headers(System.getenv()));
        headers.putAll(CustomHeaders.parse(c.get(RequestOptionSpecs.HEADER)));
      }
      tls.warnIfInsecure(baseUrl);
      if (mock == null && c.readyCheckTimeoutSec() > 0) {
        ServerQueries.awaitReady(backend, baseUrl, headers, tls, c.readyCheckTimeoutSec());
      }
      String configuredModel = c.get(RequestOptionSpecs.MODEL);
      String model = configuredModel != null ? configuredModel : ServerQueries.firstModel(baseUrl, headers, tls);
      String servedModelName = c.get(RequestOptionSpecs.SERVED_MODEL_NAME);
      String modelId = servedModelName != null ? servedModelName : model;
      RequestOptions options = requestOptions(c, backend, modelId);
      LlmTarget target = new LlmTarget(backend, baseUrl, options, headers, c.get(RequestOptionSpecs.HEADER_TIMEOUT),
          c.get(RequestOptionSpecs.STREAM_IDLE_TIMEOUT), c.get(RequestOptionSpecs.REQUEST_TIMEOUT), tls,
          ConnectionMode.of(c.options()));

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
            ? new TraceProfile(rows.stream().mapToLong(DatasetRow::timestampMs).toArray(),
                TraceProfile.slowdownFactor(c.options())).schedule(rows.size(), c.get(Datasets.SEED))
            : arrivals.schedule(rows.size(), c.get(Datasets.SEED));
        // a ramp announces where its rate steps up, as vLLM logs its rps change events
        schedule.rateChanges().forEach(change -> Console.line(String.format(java.util.Locale.ROOT,
            "llmbench: ramp-up reaches %d req/s at t=%.3f s", change.rps(), change.offsetNanos() / 1e9)));
        warmupRow = built.warmup().orElse(rows.get(0));
      }
      RunFolder folder = RunFolder.create(Path.of(c.get(RunFolder.REPORTS_DIR)), runName);
      BenchSetup setup = new BenchSetup(c, runName, target, tokenizerSpec, tokenizer, rows, warmupRow, schedule,
          folder, mock, startedAt);
      // written now so that an interrupted run can still be post-processed; completed after the run
      setup.manifest(0, 0, null, null, false).write(folder.manifest());
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
    return c.get(TraceProfile.USE_TRACE_TIMESTAMPS) || c.datasetName().equals("mooncake");
  }

  /** The rows inside [trace-start-ms, trace-end-ms), in timestamp order (stable: a session's rounds stay in order). */
  private static List<DatasetRow> traceWindow(List<DatasetRow> rows, BenchConfig c) {
    if (rows.stream().anyMatch(r -> r.timestampMs() == null)) {
      throw new ConfigError("use-trace-timestamps", true, "dataset " + c.datasetName() + " has no timestamps");
    }
    Long start = c.get(TraceProfile.TRACE_START_MS);
    Long end = c.get(TraceProfile.TRACE_END_MS);
    long from = start == null ? Long.MIN_VALUE : start;
    long to = end == null ? Long.MAX_VALUE : end;
    return rows.stream().filter(r -> r.timestampMs() >= from && r.timestampMs() < to)
        .sorted(java.util.Comparator.comparingLong(DatasetRow::timestampMs)).toList();
  }

  /** A workload's manifest, or a scenario's (no schedule: its requests were its own). */
  RunManifest manifest(long originNanos, long endNanos, JsonNode serverInfo, ClientLoad clientLoad,
      boolean interrupted) {
    return RunManifest.of(runName, target.baseUrl(), target.options().model(), tokenizerSpec, replaysTrace(config),
        schedule == null, config.options(), originNanos, endNanos, serverInfo, clientLoad, interrupted);
  }

  /** Whether the server runs on this machine: a loopback address (the embedded mock's too). */
  boolean serverLocal() {
    String host = java.net.URI.create(target.baseUrl()).getHost();
    return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
  }

  /** Whether the server is the mock inside this JVM. */
  boolean embeddedMock() {
    return mock != null;
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
      List<String> loraNames = c.get(RequestOptionSpecs.LORA_NAME);
      LoraSelection lora = loraNames.isEmpty() ? LoraSelection.NONE
          : new LoraSelection(loraNames,
              LoraSelection.Distribution.parse(c.get(RequestOptionSpecs.LORA_REQUEST_DISTRIBUTION)),
              c.get(RequestOptionSpecs.LORA_ZIPF_ALPHA), c.get(Datasets.SEED));
      LogprobOptions logprobs = new LogprobOptions(c.get(RequestOptionSpecs.RETURN_LOGPROB),
          c.get(RequestOptionSpecs.TOP_LOGPROBS_NUM), c.get(RequestOptionSpecs.LOGPROB_START_LEN),
          c.get(RequestOptionSpecs.TOKEN_IDS_LOGPROB));
      return new RequestOptions(modelId, !c.get(RequestOptionSpecs.DISABLE_STREAM),
          c.ignoreEos(), c.get(RequestOptionSpecs.TEMPERATURE),
          c.get(RequestOptionSpecs.TOP_P), extraBody(c, backend), c.get(RequestOptionSpecs.INCLUDE_USAGE), logprobs,
          c.get(RequestOptionSpecs.RETURN_ROUTED_EXPERTS), lora);
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

  static ArrivalProfile arrivalProfile(BenchConfig c) {
    try {
      Double start = c.get(ArrivalProfiles.RAMP_UP_START_RPS);
      Double end = c.get(ArrivalProfiles.RAMP_UP_END_RPS);
      String profile = ArrivalProfiles.profileName(c.get(ArrivalProfiles.ARRIVAL_PROFILE),
          c.get(ArrivalProfiles.RAMP_UP_STRATEGY));
      return ArrivalProfiles.of(profile, c.get(ArrivalProfiles.REQUEST_RATE),
          c.get(ArrivalProfiles.BURSTINESS), start == null ? Double.NaN : start, end == null ? Double.NaN : end);
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

  private static String bracketIpv6(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
