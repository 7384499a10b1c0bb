package io.llmbench.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.backend.Backend.Streaming;
import io.llmbench.dataset.BackendNeed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BackendsTest {
  @ParameterizedTest
  @CsvSource({
    "sglang, /generate, 30000",
    "sglang-native, /generate, 30000",
    "sglang-oai, /v1/completions, 30000",
    "sglang-oai-chat, /v1/chat/completions, 30000",
    "sglang-embedding, /v1/embeddings, 30000",
    "vllm, /v1/completions, 8000",
    "vllm-chat, /v1/chat/completions, 30000",
    "vllm-embedding, /v1/embeddings, 8000",
    "lmdeploy, /v1/completions, 23333",
    "lmdeploy-chat, /v1/chat/completions, 30000",
    "trt, /v2/models/ensemble/generate_stream, 8000",
    "truss, /v1/models/model:predict, 8080",
  })
  void pathAndDefaultPortPerSpec(String name, String path, int port) {
    Backend backend = Backends.forName(name);
    assertEquals(name, backend.name());
    assertEquals(path, backend.path());
    assertEquals(port, backend.defaultPort());
  }

  @ParameterizedTest
  @CsvSource({
    "sglang, OPTIONAL, false, true, false, true",
    "sglang-native, OPTIONAL, false, true, false, true",
    "sglang-oai, OPTIONAL, false, true, false, false",
    "sglang-oai-chat, OPTIONAL, false, true, true, true",
    "sglang-embedding, NEVER, true, true, false, false",
    "vllm, OPTIONAL, false, true, false, false",
    "vllm-chat, OPTIONAL, false, true, true, true",
    "vllm-embedding, NEVER, true, true, false, false",
    "lmdeploy, OPTIONAL, false, true, false, false",
    "lmdeploy-chat, OPTIONAL, false, true, true, false",
    "trt, ALWAYS, false, false, false, false",
    "truss, OPTIONAL, false, false, false, false",
  })
  void capabilities(String name, Streaming streaming, boolean embedding, boolean lora, boolean chat, boolean images) {
    Backend backend = Backends.forName(name);
    assertEquals(chat, backend.isChat());
    assertEquals(images, backend.sendsImages());
    assertEquals(streaming, backend.streaming());
    assertEquals(streaming != Streaming.NEVER, backend.supportsStreaming());
    assertEquals(embedding, backend.isEmbedding());
    assertEquals(lora, backend.supportsLora());
  }

  /** bench_serving's name tests, each now a fact of the table: {@code "sglang" in backend}, startswith("vllm"), ... */
  @ParameterizedTest
  @CsvSource({
    "sglang, true, true, false, false, true, /health|/v1/models, /flush_cache?timeout=12.5",
    "sglang-native, false, true, false, false, true, /health|/v1/models, /flush_cache?timeout=12.5",
    "sglang-oai, false, true, true, true, true, /health|/v1/models, /flush_cache?timeout=12.5",
    "sglang-oai-chat, false, true, true, true, true, /health|/v1/models, /flush_cache?timeout=12.5",
    "sglang-embedding, false, true, false, false, true, /health|/v1/models, /flush_cache?timeout=12.5",
    "vllm, false, false, false, false, false, /health|/v1/models, /reset_prefix_cache",
    "vllm-chat, false, false, false, false, false, /health|/v1/models, /reset_prefix_cache",
    "vllm-embedding, false, false, false, false, false, /health|/v1/models, /reset_prefix_cache",
    "lmdeploy, false, false, false, false, false, /health|/v1/models, /flush_cache",
    "lmdeploy-chat, false, false, false, false, false, /health|/v1/models, /flush_cache",
    "trt, false, false, false, false, false, /v2/health/ready|, /flush_cache",
    "truss, false, false, false, false, false, /v1/models, /flush_cache",
  })
  void serverFacts(String name, boolean tokenIds, boolean cachedTokens, boolean asksDetails, boolean retokenizes,
      boolean acceptLength, String readiness, String flush) {
    Backend backend = Backends.forName(name);
    assertEquals(tokenIds, backend.acceptsTokenIds());
    assertEquals(cachedTokens, backend.reportsCachedTokens());
    assertEquals(asksDetails, backend.asksCachedTokenDetails());
    assertEquals(retokenizes, backend.retokenizesItl());
    assertEquals(acceptLength, backend.reportsAcceptLength());
    // in order, '|'-separated; trt's last resort is the base URL itself (""), bench_serving's probe for it
    assertEquals(List.of(readiness.split("\\|", -1)), backend.readinessPaths());
    assertEquals(flush, backend.cacheFlushPath(12.5));
  }

  @Test
  void flushTimeoutInSecondsAndTokenIdsOnlyToSglang() {
    assertEquals("/flush_cache?timeout=300.0", Backends.forName(Backends.SGLANG).cacheFlushPath(300));
    assertEquals(List.of("sglang"), Backends.acceptingTokenIds());
  }

  @Test
  void theNameConstantsAreTheTable() {
    assertEquals(Backends.names(), List.of(Backends.SGLANG, Backends.SGLANG_NATIVE, Backends.SGLANG_OAI,
        Backends.SGLANG_OAI_CHAT, Backends.SGLANG_EMBEDDING, Backends.VLLM, Backends.VLLM_CHAT,
        Backends.VLLM_EMBEDDING, Backends.LMDEPLOY, Backends.LMDEPLOY_CHAT, Backends.TRT, Backends.TRUSS));
  }

  @Test
  void namesInReferenceOrderWithoutGserver() {
    assertEquals(
        List.of("sglang", "sglang-native", "sglang-oai", "sglang-oai-chat", "sglang-embedding", "vllm", "vllm-chat",
            "vllm-embedding", "lmdeploy", "lmdeploy-chat", "trt", "truss"),
        Backends.names());
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "tensorrt", "SGLANG", "vllm-embeddings", ""})
  void unknownNameNamesOptionValueAndAllowedValues(String name) {
    String message = assertThrows(IllegalArgumentException.class, () -> Backends.forName(name)).getMessage();
    assertTrue(message.contains("backend"), message);
    assertTrue(message.contains("'" + name + "'"), message);
    for (String allowed : Backends.names()) {
      assertTrue(message.contains(allowed), message);
    }
    assertFalse(message.contains("not supported yet"), message);
  }

  @Test
  void whatEachBackendCanSend() {
    assertEquals(List.of("sglang-oai-chat", "vllm-chat", "lmdeploy-chat"), Backends.serving(BackendNeed.CHAT));
    assertEquals(List.of("sglang", "sglang-native", "sglang-oai-chat", "vllm-chat"), Backends.serving(BackendNeed.IMAGES));
    assertEquals(List.of("sglang-oai-chat", "vllm-chat"), Backends.serving(BackendNeed.IMAGE_PARTS));
    List<String> generating = new java.util.ArrayList<>(Backends.names());
    generating.removeAll(List.of("sglang-embedding", "vllm-embedding"));
    assertEquals(generating, Backends.serving(BackendNeed.GENERATION));
  }

  @Test
  void nullName() {
    assertThrows(IllegalArgumentException.class, () -> Backends.forName(null));
  }

  @Test
  void gserverIsNotImplementedByTheReferenceEither() {
    String message = assertThrows(IllegalArgumentException.class, () -> Backends.forName("gserver")).getMessage();
    assertTrue(message.contains("'gserver' is not implemented by the reference either"), message);
    assertTrue(message.contains("truss"), message);
  }

  @org.junit.jupiter.api.Test
  void onlyTrtSendsNoHeaders() {
    for (String name : Backends.names()) {
      org.junit.jupiter.api.Assertions.assertEquals(!name.equals("trt"), Backends.forName(name).sendsHeaders(), name);
    }
  }
}
