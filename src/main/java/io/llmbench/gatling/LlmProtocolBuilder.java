package io.llmbench.gatling;

import io.gatling.core.protocol.Protocol;
import io.gatling.javaapi.core.ProtocolBuilder;
import io.gatling.javaapi.core.Simulation;
import io.llmbench.config.ConfigError;
import io.llmbench.config.ConfigLoader;
import io.llmbench.report.Console;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code llm} protocol's Java DSL, immutable as Gatling's {@code HttpProtocolBuilder}: each method returns a
 * new builder. A setting made here wins over {@code -Dllmbench.*} and {@code -Dconfig.file}, which fill in every
 * option not set; all of them are checked when the simulation is set up, before anything starts.
 */
public final class LlmProtocolBuilder implements ProtocolBuilder {
  /**
   * What a scenario's own requests use; the rest of the options (dataset, arrivals, warm-up, gates) belong to a
   * workload, so setting them here is refused rather than ignored.
   */
  static final Set<String> SCENARIO_OPTIONS = Set.of("backend", "base-url", "host", "port", "model",
      "served-model-name", "tokenizer", "max-concurrency", "disable-stream", "disable-ignore-eos", "temperature",
      "top-p", "extra-request-body", "include-usage", "header", "lora-name", "lora-request-distribution",
      "lora-zipf-alpha", "return-logprob", "top-logprobs-num", "logprob-start-len", "token-ids-logprob",
      "return-routed-experts", "ready-check-timeout-sec", "header-timeout", "request-timeout", "output-file",
      "output-details", "cache-report", "tag", "reports-dir", "seed", "profile", "mock", "assertions", "baseline");

  private final Map<String, Object> options;
  private final LlmProtocol prepared;

  private LlmProtocolBuilder(Map<String, Object> options, LlmProtocol prepared) {
    this.options = Map.copyOf(options);
    this.prepared = prepared;
  }

  /** The DSL's starting point: nothing set. */
  public static final LlmProtocolBuilder EMPTY = new LlmProtocolBuilder(Map.of(), null);

  /** A workload's protocol: its options were read when it was prepared. */
  static LlmProtocolBuilder of(LlmProtocol prepared) {
    return new LlmProtocolBuilder(Map.of(), prepared);
  }

  /** {@code http://host:port} of the server, or {@code mock} for the embedded mock server. */
  public LlmProtocolBuilder baseUrl(String url) {
    return option("base-url", url);
  }

  /** One of bench_serving's backends, e.g. {@code sglang-oai-chat}: the path, payload and stream format. */
  public LlmProtocolBuilder backend(String backend) {
    return option("backend", backend);
  }

  /** The model name; unset, the first of the server's {@code GET /v1/models}. */
  public LlmProtocolBuilder model(String model) {
    return option("model", model);
  }

  /** The model field sent in requests, when it differs from {@link #model(String)}. */
  public LlmProtocolBuilder servedModelName(String name) {
    return option("served-model-name", name);
  }

  /** {@code builtin:gpt2}, a {@code tokenizer.json}, a model folder or a cached Hugging Face id. */
  public LlmProtocolBuilder tokenizer(String tokenizer) {
    return option("tokenizer", tokenizer);
  }

  /** At most this many requests in flight; the others wait, first come first served. */
  public LlmProtocolBuilder maxConcurrency(int requests) {
    return option("max-concurrency", requests);
  }

  /** A header on every request (after the API key's). */
  public LlmProtocolBuilder header(String name, String value) {
    List<Object> headers = new ArrayList<>(options.get("header") instanceof List<?> l ? l : List.of());
    headers.add(name + "=" + value);
    return option("header", headers);
  }

  /** Keys merged into every request body, e.g. {@code Map.of("top_p", 0.9)}. */
  public LlmProtocolBuilder extraBody(Map<String, ?> body) {
    return option("extra-request-body", body);
  }

  /** One JSON answer per request instead of a stream (no TTFT or ITL then). */
  public LlmProtocolBuilder disableStream() {
    return option("disable-stream", true);
  }

  /** Longest wait for response headers. */
  public LlmProtocolBuilder headerTimeout(Duration timeout) {
    return option("header-timeout", timeout.toMillis() + "ms");
  }

  /** Longest silence after the headers and between chunks of a response. */
  public LlmProtocolBuilder streamIdleTimeout(Duration timeout) {
    return option("stream-idle-timeout", timeout.toMillis() + "ms");
  }

  /** Longest a whole request may take. */
  public LlmProtocolBuilder requestTimeout(Duration timeout) {
    return option("request-timeout", timeout.toMillis() + "ms");
  }

  /** Where the run folder goes ({@code reports} by default). */
  public LlmProtocolBuilder reportsDir(String dir) {
    return option("reports-dir", dir);
  }

  /**
   * Any other option a scenario's requests use, by its {@code llmbench} name ({@code "temperature"},
   * {@code "lora-name"}, {@code "mock.ttft-ms"}, ...); a workload's option is refused.
   */
  public LlmProtocolBuilder option(String key, Object value) {
    Map<String, Object> next = new LinkedHashMap<>(options);
    next.put(key, value);
    return new LlmProtocolBuilder(next, prepared);
  }

  /** Checks every option now, when Gatling sets the simulation up; a bad one ends the run with its message. */
  @Override
  public Protocol protocol() {
    if (prepared != null) {
      return Startup.orExit(() -> {
        if (!options.isEmpty()) {
          throw new IllegalArgumentException("llmbench: a workload's protocol takes its settings from the llmbench"
              + " options; set " + options.keySet() + " there");
        }
        return prepared;
      });
    }
    Startup.helpIfAsked();
    return Startup.orExit(() -> {
      for (String key : options.keySet()) {
        if (!SCENARIO_OPTIONS.contains(key.split("\\.")[0])) {
          throw new ConfigError(key, options.get(key), "not a setting of a scenario's requests (it belongs to a"
              + " workload: see LlmDsl.workload); settings: " + new java.util.TreeSet<>(SCENARIO_OPTIONS));
        }
      }
      warnAboutWorkloadProperties();
      return new LlmProtocol(ConfigLoader.load(Map.of(), options), simulationName(), null);
    });
  }

  /** A {@code -Dllmbench.num-prompts=...} meant for a workload would otherwise pass unnoticed. */
  private static void warnAboutWorkloadProperties() {
    List<String> unused = System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith("llmbench.")).map(k -> k.substring("llmbench.".length()))
        .filter(k -> !SCENARIO_OPTIONS.contains(k.split("\\.")[0])).sorted().toList();
    if (!unused.isEmpty()) {
      Console.warn("a scenario's own llm(...) requests do not use " + unused + ": they set a workload (LlmDsl.workload)");
    }
  }

  /** The simulation being set up (the run folder's name): the Simulation subclass on the caller's stack. */
  private static String simulationName() {
    return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
            .filter(c -> Simulation.class.isAssignableFrom(c) && c != Simulation.class)
            .findFirst())
        .map(Class::getSimpleName)
        .orElse("llm");
  }
}
