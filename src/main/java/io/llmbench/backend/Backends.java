package io.llmbench.backend;

import static io.llmbench.backend.Backends.Trait.CACHE_DETAILS_ON_REQUEST;
import static io.llmbench.backend.Backends.Trait.IMAGES;
import static io.llmbench.backend.Backends.Trait.RETOKENIZED_ITL;
import static io.llmbench.backend.Backends.Trait.TOKEN_IDS;

import io.llmbench.dataset.BackendNeed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code backend} option: every fact about the reference's backend names, in one table (spec §2.1, §4.0).
 * Code elsewhere asks a {@link Backend} what it does and never compares its name; simulations use the constants.
 */
public final class Backends {
  public static final String SGLANG = "sglang";
  public static final String SGLANG_NATIVE = "sglang-native";
  public static final String SGLANG_OAI = "sglang-oai";
  public static final String SGLANG_OAI_CHAT = "sglang-oai-chat";
  public static final String SGLANG_EMBEDDING = "sglang-embedding";
  public static final String VLLM = "vllm";
  public static final String VLLM_CHAT = "vllm-chat";
  public static final String VLLM_EMBEDDING = "vllm-embedding";
  public static final String LMDEPLOY = "lmdeploy";
  public static final String LMDEPLOY_CHAT = "lmdeploy-chat";
  public static final String TRT = "trt";
  public static final String TRUSS = "truss";

  private static final Map<String, Backend> BY_NAME = byName();

  private Backends() {}

  /** The table: name, path, default port, the server behind it, what it speaks, and what only it does. */
  private static Map<String, Backend> byName() {
    Protocol generate = new NativeGenerate();
    Protocol completions = new Completions();
    Protocol chat = new Chat();
    Protocol embeddings = new Embeddings();
    List<Backend> backends = List.of(
        row(SGLANG, "/generate", 30000, Server.SGLANG, generate, IMAGES, TOKEN_IDS),
        row(SGLANG_NATIVE, "/generate", 30000, Server.SGLANG, generate, IMAGES),
        row(SGLANG_OAI, "/v1/completions", 30000, Server.SGLANG, completions, CACHE_DETAILS_ON_REQUEST,
            RETOKENIZED_ITL),
        row(SGLANG_OAI_CHAT, "/v1/chat/completions", 30000, Server.SGLANG, chat, IMAGES, CACHE_DETAILS_ON_REQUEST,
            RETOKENIZED_ITL),
        row(SGLANG_EMBEDDING, "/v1/embeddings", 30000, Server.SGLANG, embeddings),
        row(VLLM, "/v1/completions", 8000, Server.VLLM, completions),
        row(VLLM_CHAT, "/v1/chat/completions", 30000, Server.VLLM, chat, IMAGES),
        row(VLLM_EMBEDDING, "/v1/embeddings", 8000, Server.VLLM, embeddings),
        row(LMDEPLOY, "/v1/completions", 23333, Server.LMDEPLOY, completions),
        row(LMDEPLOY_CHAT, "/v1/chat/completions", 30000, Server.LMDEPLOY, chat),
        row(TRT, "/v2/models/ensemble/generate_stream", 8000, Server.TRITON, new TensorRtLlm()),
        row(TRUSS, "/v1/models/model:predict", 8080, Server.TRUSS, new Truss()));
    Map<String, Backend> byName = new LinkedHashMap<>();
    backends.forEach(backend -> byName.put(backend.name(), backend));
    return byName;
  }

  private static Backend row(String name, String path, int port, Server server, Protocol protocol, Trait... traits) {
    return new ProtocolBackend(name, path, port, server, protocol, Set.of(traits));
  }

  /**
   * The server program behind a name: what bench_serving asks it besides the benchmark requests (its
   * {@code "sglang" in backend} and {@code backend.startswith("vllm")} tests).
   *
   * @param readinessPaths polled until one answers 200, in order: the server's health endpoint where it has one,
   *     then bench_serving's own probe (§3.2: {@code /v1/models}, the base URL itself for trt); a 404 moves on
   * @param cacheFlushFormat the path {@code flush-cache} POSTs to (§6.4), {@code %s} taking the timeout in seconds
   * @param sglangReports cached-token counts in its answers ({@code cache-report}) and the speculative accept
   *     length in {@code /server_info} (§10.1)
   */
  record Server(List<String> readinessPaths, String cacheFlushFormat, boolean sglangReports) {
    static final Server SGLANG = new Server(List.of("/health", "/v1/models"), "/flush_cache?timeout=%s", true);
    static final Server VLLM = new Server(List.of("/health", "/v1/models"), "/reset_prefix_cache", false);
    static final Server LMDEPLOY = new Server(List.of("/health", "/v1/models"), "/flush_cache", false);
    static final Server TRITON = new Server(List.of("/v2/health/ready", ""), "/flush_cache", false);
    static final Server TRUSS = new Server(List.of("/v1/models"), "/flush_cache", false);
  }

  /** What only some backends of a server do. */
  enum Trait {
    /** Sends a row's images: the backends bench_serving builds image rows for (spec §5.6). */
    IMAGES,
    /** Takes token ids as the prompt ({@code tokenize-prompt}: {@code input_ids} to /generate). */
    TOKEN_IDS,
    /** Reports cached-token tiers only when asked with {@code return_cached_tokens_details} (§3.4). */
    CACHE_DETAILS_ON_REQUEST,
    /** Takes SGLang's retokenized ITL when the server reports a speculative accept length (§10.1). */
    RETOKENIZED_ITL
  }

  /** The supported names, in the reference's order (its {@code gserver} left out). */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /** The names of the backends that can send what a dataset needs, in the reference's order. */
  public static List<String> serving(BackendNeed need) {
    return BY_NAME.values().stream().filter(b -> b.serves(need)).map(Backend::name).toList();
  }

  /** The names of the backends that take token ids as the prompt ({@code tokenize-prompt}). */
  public static List<String> acceptingTokenIds() {
    return BY_NAME.values().stream().filter(Backend::acceptsTokenIds).map(Backend::name).toList();
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
