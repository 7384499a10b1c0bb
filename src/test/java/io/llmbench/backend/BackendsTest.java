package io.llmbench.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    "vllm, /v1/completions, 8000",
    "vllm-chat, /v1/chat/completions, 30000",
    "lmdeploy, /v1/completions, 23333",
    "lmdeploy-chat, /v1/chat/completions, 30000",
  })
  void pathAndDefaultPortPerSpec(String name, String path, int port) {
    Backend backend = Backends.forName(name);
    assertEquals(name, backend.name());
    assertEquals(path, backend.path());
    assertEquals(port, backend.defaultPort());
  }

  @Test
  void namesInReferenceOrder() {
    assertEquals(
        List.of("sglang", "sglang-native", "sglang-oai", "sglang-oai-chat", "vllm", "vllm-chat", "lmdeploy",
            "lmdeploy-chat"),
        Backends.names());
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "trt", "truss", "sglang-embedding", "vllm-embedding", "SGLANG", ""})
  void unknownNameNamesOptionValueAndAllowedValues(String name) {
    String message = assertThrows(IllegalArgumentException.class, () -> Backends.forName(name)).getMessage();
    assertTrue(message.contains("backend"), message);
    assertTrue(message.contains("'" + name + "'"), message);
    for (String allowed : Backends.names()) {
      assertTrue(message.contains(allowed), message);
    }
    assertTrue(message.contains("trt, truss, sglang-embedding and vllm-embedding are not supported yet"), message);
  }

  @Test
  void nullName() {
    assertThrows(IllegalArgumentException.class, () -> Backends.forName(null));
  }

  @Test
  void gserverIsNotImplementedByTheReferenceEither() {
    String message = assertThrows(IllegalArgumentException.class, () -> Backends.forName("gserver")).getMessage();
    assertTrue(message.contains("'gserver' is not implemented by the reference either"), message);
    assertTrue(message.contains("lmdeploy-chat"), message);
  }
}
