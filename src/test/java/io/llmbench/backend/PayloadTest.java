package io.llmbench.backend;

import static io.llmbench.backend.Fixtures.canonical;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.dataset.DatasetRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Payloads against hand-written goldens. Both sides are compared as canonical compact text, so key order and
 * number types are checked but not white space (the final writer may follow Python's {@code json.dumps}).
 *
 * <p>Extra bodies here add at most one new key: {@link RequestOptions} copies the extra body with
 * {@code Map.copyOf}, whose iteration order is unspecified, so the order of several new keys is not defined yet.
 */
class PayloadTest {
  private static final String MODEL = "meta-llama/Llama-3.1-8B-Instruct";
  private static final DatasetRow TEXT = DatasetRow.ofText("What is the capital of France?", 8, 128);
  private static final DatasetRow IDS =
      DatasetRow.ofIds(List.of(128000, 3923, 374, 279, 6864, 315, 9822, 30), 8, 16);

  private static RequestOptions options(boolean includeUsage, Map<String, Object> extra) {
    return new RequestOptions(MODEL, true, true, 0.0, 1.0, extra, includeUsage);
  }

  static Stream<Arguments> goldens() {
    RequestOptions plain = options(false, Map.of());
    RequestOptions withUsage = options(true, Map.of());
    return Stream.of(
        // Native: include-usage never adds stream_options.
        Arguments.of("sglang", TEXT, withUsage, "generate-text.json"),
        Arguments.of("sglang-native", TEXT, plain, "generate-text.json"),
        Arguments.of("sglang", IDS,
            new RequestOptions(MODEL, true, false, 0.6, 0.95, Map.of("stream", false, "rid", "req-1"), true),
            "generate-ids-top-p-extra.json"),
        Arguments.of("sglang-native", TEXT, options(false, Map.of("sampling_params", Map.of("max_new_tokens", 5))),
            "generate-sampling-params-extra.json"),
        Arguments.of("sglang-oai", TEXT, plain, "completions-text.json"),
        Arguments.of("vllm", TEXT, plain, "completions-text.json"),
        Arguments.of("lmdeploy", TEXT, plain, "completions-text.json"),
        Arguments.of("vllm", IDS, withUsage, "completions-ids-include-usage.json"),
        Arguments.of("sglang-oai", TEXT,
            new RequestOptions(MODEL, true, false, 0.0, 1.0, Map.of("temperature", 0.7), true),
            "completions-extra-temperature.json"),
        Arguments.of("lmdeploy", TEXT, options(false, Map.of("ignore_eos", false, "max_tokens", 7)),
            "completions-extra-overrides.json"),
        Arguments.of("sglang-oai-chat", TEXT, withUsage, "chat-text-include-usage.json"),
        Arguments.of("vllm-chat", TEXT, withUsage, "chat-text-include-usage.json"),
        Arguments.of("lmdeploy-chat", TEXT, withUsage, "chat-text-include-usage.json"),
        Arguments.of("vllm-chat", TEXT, options(true, Map.of("stream_options", orderedStreamOptions())),
            "chat-extra-stream-options.json"),
        Arguments.of("sglang-oai-chat", TEXT, new RequestOptions(MODEL, false, true, 0.0, 1.0, Map.of(), true),
            "chat-no-stream.json"));
  }

  private static Map<String, Object> orderedStreamOptions() {
    Map<String, Object> streamOptions = new LinkedHashMap<>();
    streamOptions.put("include_usage", true);
    streamOptions.put("continuous_usage_stats", true);
    return streamOptions;
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("goldens")
  void payloadMatchesGolden(String backend, DatasetRow row, RequestOptions options, String golden) {
    String payload = Backends.forName(backend).payload(row, options);
    assertEquals(canonical(Fixtures.resource("payload/" + golden)), canonical(payload));
  }

  @Test
  void compactJacksonWithFloatTemperature() {
    String payload = Backends.forName("vllm-chat").payload(TEXT, options(false, Map.of()));
    assertEquals(canonical(payload), payload);
    assertTrue(payload.contains("\"temperature\":0.0,"), payload);
    String generate = Backends.forName("sglang").payload(TEXT, options(false, Map.of()));
    assertTrue(generate.contains("{\"temperature\":0.0,"), generate);
  }

  @Test
  void streamOptionsFollowTheEffectiveStreamFlag() {
    RequestOptions noStream = new RequestOptions(MODEL, false, true, 0.0, 1.0, Map.of(), true);
    assertFalse(Backends.forName("vllm").payload(TEXT, noStream).contains("stream_options"));

    RequestOptions streamedByExtra = new RequestOptions(MODEL, false, true, 0.0, 1.0, Map.of("stream", true), true);
    String payload = Backends.forName("vllm").payload(TEXT, streamedByExtra);
    assertTrue(payload.endsWith(",\"stream\":true,\"temperature\":0.0,\"ignore_eos\":true,"
        + "\"stream_options\":{\"include_usage\":true}}"), payload);
  }

  @Test
  void chatRejectsTokenIdRows() {
    Backend chat = Backends.forName("sglang-oai-chat");
    RequestOptions options = options(false, Map.of());
    assertThrows(IllegalArgumentException.class, () -> chat.payload(IDS, options));
  }
}
