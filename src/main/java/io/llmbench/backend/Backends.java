package io.llmbench.backend;

import static io.llmbench.backend.Backends.Trait.CACHE_DETAILS_ON_REQUEST;
import static io.llmbench.backend.Backends.Trait.IMAGES;
import static io.llmbench.backend.Backends.Trait.RETOKENIZED_ITL;
import static io.llmbench.backend.Backends.Trait.TOKEN_IDS;

import io.llmbench.config.Compat;
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
  /** vLLM's default backend name: {@link #VLLM}'s endpoint. */
  public static final String OPENAI = "openai";

  private static final Map<String, ProtocolBackend> BY_NAME = byName();

  /**
   * vLLM's backend names ({@code ASYNC_REQUEST_FUNCS} of {@code vllm/benchmarks/lib/endpoint_request_func.py}
   * @ 3aee4a4) that only vLLM mode accepts, onto the row of ours speaking the same API; {@code vllm} and the
   * rest of ours are accepted in both modes.
   */
  private static final Map<String, String> VLLM_NAMES = Map.of(
      OPENAI, VLLM,
      "openai-chat", VLLM_CHAT,
      "openai-embeddings", VLLM_EMBEDDING);

  /** {@code vllm bench serve}'s {@code --port} default, whatever the backend. */
  private static final int VLLM_PORT = 8000;

  /** vLLM's other backend names, refused in vLLM mode with the reason. */
  private static final Map<String, String> VLLM_UNSUPPORTED = Map.of(
      "openai-audio", "needs audio datasets (transcription uploads), which this suite does not generate",
      "openai-embeddings-chat", "chat-shaped embeddings requests are not implemented; use openai-embeddings",
      "openai-embeddings-clip", "CLIP embeddings requests are not implemented; use openai-embeddings",
      "openai-embeddings-vlm2vec", "VLM2Vec embeddings requests are not implemented; use openai-embeddings",
      "infinity-embeddings", "the Infinity server's API is not implemented; use openai-embeddings",
      "infinity-embeddings-clip", "the Infinity server's API is not implemented; use openai-embeddings",
      "vllm-rerank", "rerank requests are not implemented");

  private Backends() {}

  /** The table: name, path, default port, the server behind it, what it speaks, and what only it does. */
  private static Map<String, ProtocolBackend> byName() {
    Protocol generate = new NativeGenerate();
    Protocol completions = new Completions();
    Protocol chat = new Chat();
    Protocol embeddings = new Embeddings();
    List<ProtocolBackend> backends = List.of(
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
    Map<String, ProtocolBackend> byName = new LinkedHashMap<>();
    backends.forEach(backend -> byName.put(backend.name(), backend));
    return byName;
  }

  private static ProtocolBackend row(String name, String path, int port, Server server, Protocol protocol,
      Trait... traits) {
    return new ProtocolBackend(name, path, port, server, protocol, Set.of(traits), TimingRules.SGLANG);
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

  /** vLLM's names that only vLLM mode accepts, in vLLM's order. */
  public static List<String> vllmNames() {
    return List.of(OPENAI, "openai-chat", "openai-embeddings");
  }

  /** A backend of an SGLang-mode run. */
  public static Backend forName(String name) {
    return forName(name, Compat.SGLANG);
  }

  /**
   * The backend a name means in {@code mode}: in vLLM mode vLLM's names too, and answers read by vLLM's
   * {@link TimingRules}.
   *
   * @throws IllegalArgumentException for any other name, saying which are allowed
   */
  public static Backend forName(String name, Compat mode) {
    boolean vllm = mode == Compat.VLLM && name != null;
    ProtocolBackend backend = BY_NAME.get(vllm ? VLLM_NAMES.getOrDefault(name, name) : name);
    if (backend != null) {
      return vllm ? backend.as(name, TimingRules.VLLM, VLLM_PORT) : backend;
    }
    if (vllm && VLLM_UNSUPPORTED.containsKey(name)) {
      throw new IllegalArgumentException("option backend: vLLM's '" + name + "' is not supported: "
          + VLLM_UNSUPPORTED.get(name));
    }
    if (name != null && !vllm && (VLLM_NAMES.containsKey(name) || VLLM_UNSUPPORTED.containsKey(name))) {
      throw new IllegalArgumentException("option backend: '" + name + "' is vLLM's name, it exists only in vllm mode"
          + " (llmbench.compat = vllm); in sglang mode use one of " + String.join(", ", BY_NAME.keySet()));
    }
    String allowed = "; allowed values: " + String.join(", ", BY_NAME.keySet())
        + (vllm ? ", " + String.join(", ", vllmNames()) : "");
    if ("gserver".equals(name)) {
      throw new IllegalArgumentException("option backend: 'gserver' is not implemented by the reference either"
          + " (its request function raises NotImplementedError)" + allowed);
    }
    throw new IllegalArgumentException("option backend: unknown value '" + name + "'" + allowed);
  }
}
