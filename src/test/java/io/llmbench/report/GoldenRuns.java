package io.llmbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmbench.config.ConfigLoader;
import io.llmbench.metrics.CachedTokens;
import io.llmbench.metrics.RequestOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The fixed runs behind the golden files; mirrors src/test/resources/golden/make_golden.py, which
 * wrote the expected text with Python's own format() and json.dumps. Times are binary fractions so
 * the hand-checked sums are exact.
 */
final class GoldenRuns {
  static final String SERVER_INFO =
      "{\"version\": \"0.5.4\", \"max_total_num_tokens\": 65536, \"chunked_prefill_size\": 8192.0, "
          + "\"internal_states\": [{\"avg_spec_accept_length\": 2.5}], \"note\": \"caf\\u00e9 \\u2615\", "
          + "\"big\": 12345678901234567890, \"tiny\": 1e-7}";

  static final double BASIC_DURATION = 4.2;

  static final List<RequestOutcome> BASIC_OUTCOMES =
      List.of(
          ok(100, 101, 4, 4, 0.0, 0.0, 0.25, 1.0, List.of(0.25, 0.25, 0.25), List.of(0.25, 0.25, 0.25), "Hello"),
          ok(200, 200, 3, 2, 0.25, 0.5, 0.5, 1.5, List.of(1.0), List.of(0.5, 0.5), " world"),
          failed("Internal Server Error: boom", 50, 0.5),
          ok(300, 300, 1, 1, 1.0, 1.75, 0.75, 0.75, List.of(), List.of(), "\u00e9\n\"q\"\uD83D\uDE00"),
          failed("Internal Server Error: boom", 60, 1.25),
          failed("java.net.ConnectException: Connection refused\n\tat Foo.bar(Foo.java:1)", 70, 1.5));

  static final double EMBEDDING_DURATION = 1.0;

  static final List<RequestOutcome> EMBEDDING_OUTCOMES =
      List.of(
          ok(10, 10, 0, 0, 0.0, 0.0, 0.0, 0.5, List.of(), List.of(), ""),
          ok(20, 20, 0, 0, 0.0, 0.125, 0.0, 0.25, List.of(), List.of(), ""));

  private GoldenRuns() {}

  static RunInfo basicRun() {
    return run(Map.of("backend", "sglang", "request-rate", 4.0, "max-concurrency", 2, "tag", "golden",
        "random-output-len", 128, "output-details", true), false, serverInfo());
  }

  static RunInfo embeddingRun() {
    return run(Map.of("backend", "vllm-embedding", "dataset-name", "sharegpt"), false, null);
  }

  /** A run of these options over the defaults. */
  static RunInfo run(Map<String, ?> options, boolean traceTimestamps, JsonNode serverInfo) {
    return new RunInfo(ConfigLoader.of(options).options(), traceTimestamps, false, serverInfo, null, false);
  }

  /** Server info whose speculative accept length is {@code acceptLength}. */
  static JsonNode acceptLength(double acceptLength) {
    var info = new ObjectMapper().createObjectNode();
    info.putArray("internal_states").addObject().put("avg_spec_accept_length", acceptLength);
    return info;
  }

  static JsonNode serverInfo() {
    try {
      return new ObjectMapper().readTree(SERVER_INFO);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String golden(String name) {
    try (InputStream in = GoldenRuns.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RequestOutcome ok(
      int promptLen, int serverPromptLen, int outputLen, int retokenized, double scheduled,
      double start, double ttft, double latency, List<Double> itl, List<Double> perTokenItl,
      String text) {
    return new RequestOutcome(
        true, "", promptLen, serverPromptLen, promptLen, 0, outputLen, retokenized, scheduled, start,
        ttft, latency, itl, perTokenItl, text, CachedTokens.NONE);
  }

  static RequestOutcome failed(String error, int promptLen, double time) {
    return new RequestOutcome(
        false, error, promptLen, promptLen, promptLen, 0, 0, 0, time, time, 0.0, 0.0, List.of(),
        List.of(), "", CachedTokens.NONE);
  }
}
