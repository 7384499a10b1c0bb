package io.llmbench.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.backend.Backends;
import io.llmbench.config.ConfigError;
import io.llmbench.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchSetupTest {

  private static Map<String, Object> extraBody(Map<String, ?> options) {
    var config = ConfigLoader.of(options);
    return BenchSetup.extraBody(config, Backends.forName(config.backend()));
  }

  @Test
  void cacheReportAsksOpenAiStyleSglangForTheTierDetails() {
    Map<String, Object> top = Map.of("top_p", 0.9);
    Map<String, Object> asked = Map.of("top_p", 0.9, "return_cached_tokens_details", true);
    assertEquals(asked, extraBody(Map.of("backend", "sglang-oai-chat", "cache-report", true, "extra-request-body", top)));
    assertEquals(asked, extraBody(Map.of("backend", "sglang-oai", "cache-report", true, "extra-request-body", top)));
    // native /generate reports them unasked; other servers have none; without the flag nothing changes
    assertEquals(top, extraBody(Map.of("backend", "sglang", "cache-report", true, "extra-request-body", top)));
    assertEquals(top, extraBody(Map.of("backend", "vllm-chat", "cache-report", true, "extra-request-body", top)));
    assertEquals(top, extraBody(Map.of("backend", "sglang-oai", "extra-request-body", top)));
  }

  @Test
  void optionsTheBackendCannotHonourStopBeforeLoad() {
    var e = assertThrows(ConfigError.class, () -> BenchSetup.prepare(
        ConfigLoader.of(Map.of("backend", "vllm", "tokenize-prompt", true)), "t"));
    assertEquals("llmbench.tokenize-prompt = true: only with backend sglang (token ids go as input_ids to /generate)",
        e.getMessage());
    var embedding = assertThrows(ConfigError.class,
        () -> BenchSetup.prepare(ConfigLoader.of(Map.of("backend", "vllm-embedding", "dataset-name", "mooncake")), "t"));
    assertEquals("llmbench.backend = \"vllm-embedding\": dataset mooncake needs generated text; allowed values: sglang,"
        + " sglang-native, sglang-oai, sglang-oai-chat, vllm, vllm-chat, lmdeploy, lmdeploy-chat, trt, truss"
        + " (as bench_serving)", embedding.getMessage());
  }

  @Test
  void messagesRowsNeedAChatBackendAndImageRowsAnImageBackend() throws Exception {
    String openai = Path.of(BenchSetupTest.class.getResource("/dataset/openai-requests.jsonl").toURI()).toString();
    var messages = assertThrows(ConfigError.class, () -> BenchSetup.prepare(ConfigLoader.of(
        Map.of("backend", "vllm", "dataset-name", "openai", "dataset-path", openai)), "t"));
    assertEquals("llmbench.backend = \"vllm\": dataset openai sends message lists or multi-turn conversations;"
        + " allowed values: sglang-oai-chat, vllm-chat, lmdeploy-chat", messages.getMessage());
    // a dataset whose rows only sometimes need a chat backend is refused once built: here conversations
    var turns = assertThrows(ConfigError.class, () -> BenchSetup.prepare(ConfigLoader.of(Map.of("backend", "vllm",
        "dataset-name", "generated-shared-prefix", "gsp-num-groups", 1, "gsp-prompts-per-group", 2,
        "gsp-system-prompt-len", 8, "gsp-question-len", 8, "gsp-output-len", 4, "gsp-num-turns", 2)), "t"));
    assertEquals("llmbench.backend = \"vllm\": dataset generated-shared-prefix sends message lists or multi-turn"
        + " conversations; allowed values: sglang-oai-chat, vllm-chat, lmdeploy-chat", turns.getMessage());
    String custom = Path.of(BenchSetupTest.class.getResource("/dataset/custom.jsonl").toURI()).toString();
    for (String backend : List.of("sglang-oai", "lmdeploy-chat", "vllm-embedding")) {
      var images = assertThrows(ConfigError.class, () -> BenchSetup.prepare(ConfigLoader.of(
          Map.of("backend", backend, "dataset-name", "custom", "dataset-path", custom)), "t"));
      assertEquals("llmbench.backend = \"" + backend + "\": dataset custom sends images; allowed values:"
          + " sglang, sglang-native, sglang-oai-chat, vllm-chat (as bench_serving's image rows)", images.getMessage());
    }
  }

  @Test
  void imagesGoOnlyToTheBackendsBenchServingSendsThemWith() {
    for (String dataset : List.of("image", "mmmu")) {
      for (String backend : List.of("sglang-oai", "vllm", "lmdeploy", "lmdeploy-chat", "trt", "truss",
          "sglang-embedding", "vllm-embedding")) {
        var e = assertThrows(ConfigError.class,
            () -> BenchSetup.prepare(ConfigLoader.of(Map.of("backend", backend, "dataset-name", dataset)), "t"));
        assertEquals("llmbench.backend = \"" + backend + "\": dataset " + dataset + " sends images; allowed values:"
            + " sglang, sglang-native, sglang-oai-chat, vllm-chat (as bench_serving's image rows)", e.getMessage());
      }
    }
  }

  @Test
  void randomMmGoesOnlyToTheChatBackendsThatTakeImageUrlParts() {
    for (String backend : List.of("sglang", "sglang-native", "sglang-oai", "vllm", "lmdeploy",
        "lmdeploy-chat", "trt", "truss", "sglang-embedding", "vllm-embedding")) {
      var e = assertThrows(ConfigError.class,
          () -> BenchSetup.prepare(ConfigLoader.of(Map.of("backend", backend, "dataset-name", "random-mm")), "t"));
      assertEquals("llmbench.backend = \"" + backend + "\": dataset random-mm sends images as image_url parts of a"
          + " chat message; allowed values: sglang-oai-chat, vllm-chat (as vLLM's openai-chat)", e.getMessage());
    }
    // an allowed backend gets as far as the dataset's own checks, before any load
    var video = assertThrows(IllegalArgumentException.class,
        () -> BenchSetup.prepare(ConfigLoader.of(Map.of("backend", "vllm-chat", "dataset-name", "random-mm",
            "random-mm-bucket-config", "{(32, 32, 4): 1}")), "t"));
    assertTrue(
        video.getMessage().startsWith("random-mm-bucket-config '{(32, 32, 4): 1}' has a video bucket"),
        video.getMessage());
  }
}
