package io.llmbench.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.llmbench.config.ConfigLoader;
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
  void conversationsAndMessageListsNeedAChatBackend() throws Exception {
    String trace = java.nio.file.Path.of(getClass().getResource("/dataset/agentic-trace.json").toURI()).toString();
    var e = org.junit.jupiter.api.Assertions.assertThrows(io.llmbench.config.ConfigError.class, () -> BenchSetup.prepare(
        ConfigLoader.of(Map.of("backend", "sglang", "dataset-name", "agentic-trace", "dataset-path", trace,
            "tokenizer", "builtin:gpt2", "reports-dir", System.getProperty("java.io.tmpdir"))), "t"));
    assertEquals("llmbench.backend = \"sglang\": dataset agentic-trace sends message lists or multi-turn"
        + " conversations: use a chat backend (sglang-oai-chat, vllm-chat, lmdeploy-chat)", e.getMessage());
  }
}
