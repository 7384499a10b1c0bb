package io.llmbench.backend;

import io.llmbench.dataset.BackendNeed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code backend} option: the reference's backend names with their paths and default ports (spec §2.1, §4.0). */
public final class Backends {
  /** Whether a backend sends a row's images: only those bench_serving builds image rows for (spec §5.6). */
  private static final boolean IMAGES = true;
  private static final boolean TEXT = false;

  private static final Map<String, Backend> BY_NAME = byName();

  private Backends() {}

  private static Map<String, Backend> byName() {
    Protocol generate = new NativeGenerate();
    Protocol completions = new Completions();
    Protocol chat = new Chat();
    Protocol embeddings = new Embeddings();
    List<Backend> backends = List.of(
        new ProtocolBackend("sglang", "/generate", 30000, generate, IMAGES),
        new ProtocolBackend("sglang-native", "/generate", 30000, generate, IMAGES),
        new ProtocolBackend("sglang-oai", "/v1/completions", 30000, completions, TEXT),
        new ProtocolBackend("sglang-oai-chat", "/v1/chat/completions", 30000, chat, IMAGES),
        new ProtocolBackend("sglang-embedding", "/v1/embeddings", 30000, embeddings, TEXT),
        new ProtocolBackend("vllm", "/v1/completions", 8000, completions, TEXT),
        new ProtocolBackend("vllm-chat", "/v1/chat/completions", 30000, chat, IMAGES),
        new ProtocolBackend("vllm-embedding", "/v1/embeddings", 8000, embeddings, TEXT),
        new ProtocolBackend("lmdeploy", "/v1/completions", 23333, completions, TEXT),
        new ProtocolBackend("lmdeploy-chat", "/v1/chat/completions", 30000, chat, TEXT),
        new ProtocolBackend("trt", "/v2/models/ensemble/generate_stream", 8000, new TensorRtLlm(), TEXT),
        new ProtocolBackend("truss", "/v1/models/model:predict", 8080, new Truss(), TEXT));
    Map<String, Backend> byName = new LinkedHashMap<>();
    backends.forEach(backend -> byName.put(backend.name(), backend));
    return byName;
  }

  /** The supported names, in the reference's order (its {@code gserver} left out). */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /** The names of the backends that can send what a dataset needs, in the reference's order. */
  public static List<String> serving(BackendNeed need) {
    return BY_NAME.values().stream().filter(b -> b.serves(need)).map(Backend::name).toList();
  }

  /** @throws IllegalArgumentException for any other name, saying which are allowed */
  public static Backend forName(String name) {
    Backend backend = BY_NAME.get(name);
    if (backend != null) {
      return backend;
    }
    String allowed = "; allowed values: " + String.join(", ", BY_NAME.keySet());
    if ("gserver".equals(name)) {
      throw new IllegalArgumentException("option backend: 'gserver' is not implemented by the reference either"
          + " (its request function raises NotImplementedError)" + allowed);
    }
    throw new IllegalArgumentException("option backend: unknown value '" + name + "'" + allowed);
  }
}
