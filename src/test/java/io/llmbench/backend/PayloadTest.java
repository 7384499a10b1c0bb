package io.llmbench.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.dataset.DatasetRow;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Payloads against hand-written goldens (src/test/resources/backend/payload), compared byte for byte: each golden
 * is what Python's {@code json.dumps} writes for the reference's payload dict (spec §4), one line, no newline.
 */
class PayloadTest {
  private static final String MODEL = "meta-llama/Llama-3.1-8B-Instruct";
  private static final DatasetRow TEXT = DatasetRow.ofText("What is the capital of France?", 8, 128);
  private static final DatasetRow IDS =
      DatasetRow.ofIds(List.of(128000, 3923, 374, 279, 6864, 315, 9822, 30), 8, 16);
  private static final DatasetRow NON_ASCII =
      DatasetRow.ofText("Où est le café ? — «Paris» \uD83D\uDE80\n\"cité\"\ttab", 20, 32);
  private static final LogprobOptions TOP_3 = new LogprobOptions(true, 3, -1, null);

  /** Streaming, ignore-eos, temperature 0, top-p 1, nothing else: the reference's defaults. */
  private static Options options() {
    return new Options(true, true, 0.0, 1.0, Map.of(), false, LogprobOptions.NONE, false);
  }

  /** A test-side builder over {@link RequestOptions}' many components. */
  private record Options(boolean stream, boolean ignoreEos, double temperature, double topP,
      Map<String, Object> extra, boolean includeUsage, LogprobOptions logprobs, boolean routedExperts) {
    Options noStream() {
      return new Options(false, ignoreEos, temperature, topP, extra, includeUsage, logprobs, routedExperts);
    }

    Options keepEos() {
      return new Options(stream, false, temperature, topP, extra, includeUsage, logprobs, routedExperts);
    }

    Options sampling(double newTemperature, double newTopP) {
      return new Options(stream, ignoreEos, newTemperature, newTopP, extra, includeUsage, logprobs, routedExperts);
    }

    /** Keys and values alternating, in order. */
    Options withExtra(Object... keysAndValues) {
      Map<String, Object> ordered = new LinkedHashMap<>();
      for (int i = 0; i < keysAndValues.length; i += 2) {
        ordered.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
      return new Options(stream, ignoreEos, temperature, topP, ordered, includeUsage, logprobs, routedExperts);
    }

    Options withUsage() {
      return new Options(stream, ignoreEos, temperature, topP, extra, true, logprobs, routedExperts);
    }

    Options withLogprobs(LogprobOptions newLogprobs) {
      return new Options(stream, ignoreEos, temperature, topP, extra, includeUsage, newLogprobs, routedExperts);
    }

    Options withRoutedExperts() {
      return new Options(stream, ignoreEos, temperature, topP, extra, includeUsage, logprobs, true);
    }

    RequestOptions build() {
      return new RequestOptions(MODEL, stream, ignoreEos, temperature, topP, extra, includeUsage, logprobs,
          routedExperts, LoraSelection.NONE);
    }
  }

  private static Arguments golden(String backend, DatasetRow row, String lora, Options options, String golden) {
    return Arguments.of(backend, new RequestInput(row, lora), options.build(), golden);
  }

  static Stream<Arguments> goldens() {
    Options plain = options();
    LogprobOptions allLogprobs = new LogprobOptions(true, 5, 0, List.of(1, 2, 10));
    return Stream.of(
        // native /generate: include-usage never adds stream_options
        golden("sglang", TEXT, null, plain.withUsage(), "generate-text.json"),
        golden("sglang-native", TEXT, null, plain, "generate-text.json"),
        golden("sglang", IDS, null, plain.keepEos().sampling(0.6, 0.95).withExtra("stream", false, "rid", "req-1").withUsage(),
            "generate-ids-top-p-extra.json"),
        golden("sglang-native", TEXT, null, plain.withExtra("sampling_params", Map.of("max_new_tokens", 5)),
            "generate-sampling-params-extra.json"),
        golden("sglang", TEXT, "sql-lora", plain.withLogprobs(allLogprobs).withRoutedExperts().withExtra("rid", "r-7"),
            "generate-lora-logprobs.json"),
        // extra-body keys keep their position; top_logprobs_num then takes the option's value, lora_path does not
        golden("sglang-native", TEXT, "a",
            plain.withLogprobs(TOP_3).withExtra("top_logprobs_num", 1, "lora_path", "from-extra", "return_logprob", false),
            "generate-logprob-keys-in-extra.json"),
        golden("sglang-oai", TEXT, null, plain, "completions-text.json"),
        golden("vllm", TEXT, null, plain, "completions-text.json"),
        golden("lmdeploy", TEXT, null, plain, "completions-text.json"),
        // logprobs only with return-logprob; routed experts and the other logprob options are native-only
        golden("vllm", TEXT, null, plain.withLogprobs(new LogprobOptions(false, 3, 0, List.of(7))).withRoutedExperts(),
            "completions-text.json"),
        golden("vllm", IDS, null, plain.withUsage(), "completions-ids-include-usage.json"),
        golden("sglang-oai", TEXT, null, plain.keepEos().withExtra("temperature", 0.7).withUsage(),
            "completions-extra-temperature.json"),
        golden("lmdeploy", TEXT, null, plain.withExtra("ignore_eos", false, "max_tokens", 7),
            "completions-extra-overrides.json"),
        // the LoRA override comes after the extra body: lora_path keeps the extra body's position, not its value
        golden("vllm", TEXT, "sql-lora", plain.withLogprobs(TOP_3).withExtra("lora_path", "from-extra", "top_p", 0.9).withUsage(),
            "completions-lora-logprobs.json"),
        golden("sglang-oai-chat", TEXT, null, plain.withUsage(), "chat-text-include-usage.json"),
        golden("vllm-chat", TEXT, null, plain.withUsage(), "chat-text-include-usage.json"),
        golden("lmdeploy-chat", TEXT, null, plain.withUsage().withLogprobs(TOP_3), "chat-text-include-usage.json"),
        golden("vllm-chat", TEXT, null,
            plain.withUsage().withExtra("stream_options", orderedMap("include_usage", true, "continuous_usage_stats", true)),
            "chat-extra-stream-options.json"),
        golden("sglang-oai-chat", TEXT, null, plain.noStream().withUsage(), "chat-no-stream.json"),
        golden("sglang-oai-chat", NON_ASCII, "fr-lora", plain.withUsage(), "chat-lora-non-ascii.json"),
        golden("sglang-embedding", TEXT, null, plain, "embeddings-text.json"),
        // nothing but the extra body and LoRA changes an embeddings body
        golden("vllm-embedding", TEXT, null, plain.noStream().keepEos().withUsage().withLogprobs(TOP_3).withRoutedExperts(),
            "embeddings-text.json"),
        // embeddings: LoRA first, then the extra body, which wins
        golden("vllm-embedding", IDS, "emb-lora", plain.withExtra("encoding_format", "float", "model", "override"),
            "embeddings-ids-lora-extra.json"),
        golden("trt", TEXT, null, plain, "trt-text.json"),
        // trt always streams and takes no LoRA, logprobs or include-usage
        golden("trt", TEXT, "sql-lora", plain.noStream().withUsage().withLogprobs(TOP_3), "trt-text.json"),
        golden("trt", TEXT, null, plain.keepEos().withExtra("min_length", 5, "beam_width", 1, "end_id", 2),
            "trt-disable-ignore-eos-extra.json"),
        golden("trt", TEXT, null, plain.withExtra("temperature", 0.7, "top_k", 1), "trt-extra.json"),
        golden("truss", TEXT, null, plain, "truss-text.json"),
        golden("truss", TEXT, "sql-lora", plain.withUsage().withLogprobs(TOP_3).sampling(0.9, 0.5), "truss-text.json"),
        golden("truss", TEXT, null, plain.noStream().keepEos().withExtra("temperature", 0.5, "stop", List.of("\n")),
            "truss-no-stream-extra.json"));
  }

  private static Map<String, Object> orderedMap(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("goldens")
  void payloadMatchesGoldenByteForByte(String backend, RequestInput input, RequestOptions options, String golden) {
    String expected = Fixtures.resource("payload/" + golden);
    String payload = Backends.forName(backend).payload(input, options);
    assertEquals(expected, payload);
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sglang", "sglang-native", "sglang-oai", "sglang-oai-chat", "vllm", "vllm-chat",
      "lmdeploy", "lmdeploy-chat", "truss"})
  void disableStreamReachesEveryBackendThatStreamsOptionally(String name) {
    Backend backend = Backends.forName(name);
    RequestOptions noStream = options().noStream().withUsage().build();
    assertEquals(Backend.Streaming.OPTIONAL, backend.streaming());
    assertFalse(backend.streams(noStream));
    String payload = backend.payload(RequestInput.of(TEXT), noStream);
    assertTrue(payload.contains("\"stream\": false"), payload);
    assertFalse(payload.contains("stream_options"), payload);
    assertTrue(backend.streams(options().build()));
  }

  @Test
  void extraBodyStreamDecidesWhetherTheAnswerStreams() {
    Backend vllm = Backends.forName("vllm");
    RequestOptions streamedByExtra = options().noStream().withUsage().withExtra("stream", true).build();
    assertTrue(vllm.streams(streamedByExtra));
    String payload = vllm.payload(RequestInput.of(TEXT), streamedByExtra);
    assertTrue(payload.endsWith(", \"stream\": true, \"temperature\": 0.0, \"ignore_eos\": true, "
        + "\"stream_options\": {\"include_usage\": true}}"), payload);
    assertFalse(vllm.streams(options().withExtra("stream", false).build()));
  }

  @Test
  void trtAlwaysStreamsAndEmbeddingsNever() {
    RequestOptions noStream = options().noStream().build();
    assertTrue(Backends.forName("trt").streams(noStream));
    assertTrue(Backends.forName("trt").supportsStreaming());
    assertFalse(Backends.forName("sglang-embedding").streams(options().build()));
    assertFalse(Backends.forName("vllm-embedding").supportsStreaming());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sglang-oai-chat", "vllm-chat", "lmdeploy-chat", "trt"})
  void textOnlyBackendsRejectTokenIdRows(String name) {
    Backend backend = Backends.forName(name);
    RequestInput ids = RequestInput.of(IDS);
    RequestOptions options = options().build();
    String message = assertThrows(IllegalArgumentException.class, () -> backend.payload(ids, options)).getMessage();
    assertTrue(message.contains("need a text prompt"), message);
  }

  @Test
  void rowOverloadIsTheRequestWithoutAdapter() {
    Backend sglang = Backends.forName("sglang");
    RequestOptions plain = options().build();
    assertEquals(sglang.payload(RequestInput.of(TEXT), plain), sglang.payload(TEXT, plain));
  }

  @Test
  void rowOverloadRefusesOptionsWithAdapters() {
    RequestOptions withLora = new RequestOptions(MODEL, true, true, 0.0, 1.0, Map.of(), false, LogprobOptions.NONE,
        false, new LoraSelection(List.of("a"), LoraSelection.Distribution.UNIFORM, 1.5, 1));
    Backend vllm = Backends.forName("vllm");
    assertThrows(IllegalStateException.class, () -> vllm.payload(TEXT, withLora));
  }

  @Test
  void extraBodyKeyOrderIsKept() {
    Map<String, Object> extra = new LinkedHashMap<>();
    for (String key : List.of("z", "a", "m", "b", "y")) {
      extra.put(key, 1);
    }
    RequestOptions options = new RequestOptions(MODEL, true, true, 0.0, 1.0, extra, false, LogprobOptions.NONE,
        false, LoraSelection.NONE);
    extra.clear(); // the options hold their own copy
    assertTrue(Backends.forName("sglang-embedding").payload(RequestInput.of(TEXT), options)
        .endsWith("\"z\": 1, \"a\": 1, \"m\": 1, \"b\": 1, \"y\": 1}"));
  }
}
