package io.llmbench.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.llmbench.config.ConfigError;
import io.llmbench.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchSetupTest {

  @Test
  void cacheReportAsksOpenAiStyleSglangForTheTierDetails() {
    Map<String, Object> top = Map.of("top_p", 0.9);
    assertEquals(Map.of("top_p", 0.9, "return_cached_tokens_details", true), BenchSetup.extraBody(ConfigLoader.of(
        Map.of("backend", "sglang-oai-chat", "cache-report", true, "extra-request-body", top))));
    assertEquals(Map.of("top_p", 0.9, "return_cached_tokens_details", true), BenchSetup.extraBody(ConfigLoader.of(
        Map.of("backend", "sglang-oai", "cache-report", true, "extra-request-body", top))));
    // native /generate reports them unasked; other servers have none; without the flag nothing changes
    assertEquals(top, BenchSetup.extraBody(ConfigLoader.of(
        Map.of("backend", "sglang", "cache-report", true, "extra-request-body", top))));
    assertEquals(top, BenchSetup.extraBody(ConfigLoader.of(
        Map.of("backend", "vllm-chat", "cache-report", true, "extra-request-body", top))));
    assertEquals(top, BenchSetup.extraBody(ConfigLoader.of(Map.of("backend", "sglang-oai", "extra-request-body", top))));
  }

  @Test
  void optionsTheBackendCannotHonourStopBeforeLoad() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(io.llmbench.config.ConfigError.class, () -> BenchSetup.prepare(
        ConfigLoader.of(Map.of("backend", "vllm", "tokenize-prompt", true)), "t"));
    assertEquals("llmbench.tokenize-prompt = true: only with backend sglang (token ids go as input_ids to /generate)",
        e.getMessage());
    var embedding = org.junit.jupiter.api.Assertions.assertThrows(io.llmbench.config.ConfigError.class,
        () -> BenchSetup.prepare(ConfigLoader.of(Map.of("backend", "vllm-embedding", "dataset-name", "mooncake")), "t"));
    org.junit.jupiter.api.Assertions.assertTrue(embedding.getMessage().startsWith("llmbench.dataset-name = \"mooncake\""));
  }

  @Test
  void messagesRowsNeedAChatBackendAndImageRowsAnImageBackend() throws Exception {
    String openai = Path.of(BenchSetupTest.class.getResource("/dataset/openai-requests.jsonl").toURI()).toString();
    var messages = assertThrows(ConfigError.class, () -> BenchSetup.prepare(ConfigLoader.of(
        Map.of("backend", "vllm", "dataset-name", "openai", "dataset-path", openai)), "t"));
    assertEquals("llmbench.backend = \"vllm\": dataset openai sends message lists or multi-turn conversations: use a"
        + " chat backend (sglang-oai-chat, vllm-chat, lmdeploy-chat)", messages.getMessage());
    String custom = Path.of(BenchSetupTest.class.getResource("/dataset/custom.jsonl").toURI()).toString();
    for (String backend : List.of("sglang-oai", "lmdeploy-chat", "vllm-embedding")) {
      var images = assertThrows(ConfigError.class, () -> BenchSetup.prepare(ConfigLoader.of(
          Map.of("backend", backend, "dataset-name", "custom", "dataset-path", custom)), "t"));
      assertEquals("llmbench.backend = \"" + backend + "\": dataset custom has rows with images, which go only with"
          + " sglang, sglang-native, sglang-oai-chat, vllm-chat (as bench_serving's image rows)", images.getMessage());
    }
  }

  @Test
  void imagesGoOnlyToTheBackendsBenchServingSendsThemWith() {
    for (String dataset : java.util.List.of("image", "mmmu")) {
      for (String backend : java.util.List.of("sglang-oai", "vllm", "lmdeploy", "lmdeploy-chat", "trt", "truss")) {
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.llmbench.config.ConfigError.class,
            () -> BenchSetup.prepare(ConfigLoader.of(Map.of("backend", backend, "dataset-name", dataset)), "t"));
        assertEquals("llmbench.backend = \"" + backend + "\": dataset " + dataset + " sends images, which go only with"
            + " sglang, sglang-native, sglang-oai-chat, vllm-chat (as bench_serving's image rows)", e.getMessage());
      }
    }
    var embedding = org.junit.jupiter.api.Assertions.assertThrows(io.llmbench.config.ConfigError.class,
        () -> BenchSetup.prepare(ConfigLoader.of(Map.of("backend", "sglang-embedding", "dataset-name", "image")), "t"));
    org.junit.jupiter.api.Assertions.assertTrue(embedding.getMessage().startsWith("llmbench.dataset-name = \"image\""));
  }

  @Test
  void randomMmGoesOnlyToTheChatBackendsThatTakeImageUrlParts() {
    for (String backend : java.util.List.of("sglang", "sglang-native", "sglang-oai", "vllm", "lmdeploy",
        "lmdeploy-chat", "trt", "truss", "sglang-embedding", "vllm-embedding")) {
      var e = org.junit.jupiter.api.Assertions.assertThrows(io.llmbench.config.ConfigError.class,
          () -> BenchSetup.prepare(ConfigLoader.of(Map.of("backend", backend, "dataset-name", "random-mm")), "t"));
      assertEquals("llmbench.backend = \"" + backend + "\": dataset random-mm sends images as image_url parts of a"
          + " chat message, which go only with sglang-oai-chat, vllm-chat (as vLLM's openai-chat)", e.getMessage());
    }
    // an allowed backend gets as far as the dataset's own checks, before any load
    var video = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> BenchSetup.prepare(ConfigLoader.of(Map.of("backend", "vllm-chat", "dataset-name", "random-mm",
            "random-mm-bucket-config", "{(32, 32, 4): 1}")), "t"));
    org.junit.jupiter.api.Assertions.assertTrue(
        video.getMessage().startsWith("random-mm-bucket-config '{(32, 32, 4): 1}' has a video bucket"),
        video.getMessage());
  }
}
