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
    "sglang, OPTIONAL, false, true",
    "sglang-native, OPTIONAL, false, true",
    "sglang-oai, OPTIONAL, false, true",
    "sglang-oai-chat, OPTIONAL, false, true",
    "sglang-embedding, NEVER, true, true",
    "vllm, OPTIONAL, false, true",
    "vllm-chat, OPTIONAL, false, true",
    "vllm-embedding, NEVER, true, true",
    "lmdeploy, OPTIONAL, false, true",
    "lmdeploy-chat, OPTIONAL, false, true",
    "trt, ALWAYS, false, false",
    "truss, OPTIONAL, false, false",
  })
  void capabilities(String name, Streaming streaming, boolean embedding, boolean lora) {
    Backend backend = Backends.forName(name);
    assertEquals(streaming, backend.streaming());
    assertEquals(streaming != Streaming.NEVER, backend.supportsStreaming());
    assertEquals(embedding, backend.isEmbedding());
    assertEquals(lora, backend.supportsLora());
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
