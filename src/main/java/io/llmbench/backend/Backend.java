package io.llmbench.backend;

import io.llmbench.dataset.BackendNeed;
import io.llmbench.dataset.DatasetRow;
import java.util.List;

/**
 * A serving backend: where to POST, what to send and how to read the answer. Stateless and thread-safe.
 */
public interface Backend {
  /** The {@code backend} option value, e.g. {@code vllm-chat}. */
  String name();

  /** Path appended to the base URL, e.g. {@code /v1/chat/completions}. */
  String path();

  /** Port used when neither {@code base-url} nor {@code port} is given (spec §2.1). */
  int defaultPort();

  /** Whether the answer streams, for validating {@code disable-stream} and for the transport. */
  Streaming streaming();

  /** Embeddings backends generate nothing: no TTFT, ITL or output tokens, and some datasets are refused (§3.3). */
  boolean isEmbedding();

  /** Chat backends send a messages list: only they take messages rows (openai) and conversations (§6.8). */
  boolean isChat();

  /**
   * Whether rows with images go out with their images: the backends bench_serving builds image rows for (its
   * create_mm_data_row, spec §5.6), as chat image_url parts or native {@code image_data}.
   */
  boolean sendsImages();

  /** Whether the prompt may go as token ids ({@code tokenize-prompt}: {@code input_ids} to /generate). */
  boolean acceptsTokenIds();

  /**
   * Whether the server's answers carry cached-token counts ({@code cache-report}): SGLang's do, natively or when
   * asked ({@link #asksCachedTokenDetails}).
   */
  boolean reportsCachedTokens();

  /** Whether the cached-token tiers come only when a request asks with {@code return_cached_tokens_details}. */
  boolean asksCachedTokenDetails();

  /** Whether the speculative accept length is read from the server's {@code /server_info} (SGLang's). */
  boolean reportsAcceptLength();

  /** Whether ITL is SGLang's retokenized one when the server reports a positive accept length. */
  boolean retokenizesItl();

  /**
   * Paths polled until the server is ready, appended to the base URL ("" for the base URL itself), in order of
   * preference: a server without one (404) is asked the next.
   */
  List<String> readinessPaths();

  /** Path {@code flush-cache} POSTs to before the run. */
  String cacheFlushPath(double timeoutSec);

  /** Whether this backend can send what a dataset's requests need. */
  default boolean serves(BackendNeed need) {
    return switch (need) {
      case GENERATION -> !isEmbedding();
      case CHAT -> isChat();
      case IMAGES -> sendsImages();
      case IMAGE_PARTS -> isChat() && sendsImages();
    };
  }

  /** Whether a chosen LoRA adapter reaches the payload; trt and truss drop it, as in the reference. */
  boolean supportsLora();

  /** False for embeddings, whose answer is always one JSON body. */
  default boolean supportsStreaming() {
    return streaming() != Streaming.NEVER;
  }

  /**
   * Whether the answer to a request sent with these options is a stream, so the transport stamps it line by line.
   * The extra body's {@code stream} wins where it reaches the payload's {@code stream} key.
   */
  default boolean streams(RequestOptions options) {
    return switch (streaming()) {
      case ALWAYS -> true;
      case NEVER -> false;
      case OPTIONAL -> options.extraBody().get("stream") instanceof Boolean stream ? stream : options.stream();
    };
  }

  /** The JSON request body for one request, byte-for-byte what the reference client sends (Python {@code json.dumps}). */
  String payload(RequestInput input, RequestOptions options);

  /**
   * The body of a request without a LoRA adapter.
   *
   * @throws IllegalStateException when the options name adapters: their choice is per request, see
   *     {@link #payload(RequestInput, RequestOptions)}
   */
  default String payload(DatasetRow row, RequestOptions options) {
    if (options.lora().enabled()) {
      throw new IllegalStateException("lora-name is set: the adapter is chosen per request, pass it in a RequestInput");
    }
    return payload(RequestInput.of(row), options);
  }

  /**
   * Reads a whole response body (every non-empty line with its arrival time).
   *
   * @param startNanos when the request was sent (SGLang's {@code st})
   * @param requestedOutputLen the row's output length, the fallback token count where the reference uses it
   */
  ParsedResponse parse(List<StreamEvent> events, long startNanos, int requestedOutputLen);

  /** How a backend's answers arrive. */
  enum Streaming {
    /** trt: always a stream, whatever {@code disable-stream} says; it ends with the body, without {@code [DONE]}. */
    ALWAYS,
    /** A stream ending with {@code data: [DONE]}, or one JSON body with {@code disable-stream}. */
    OPTIONAL,
    /** Embeddings: one JSON body. */
    NEVER
  }

  /** Whether auth and user headers go with each request; bench_serving sends none for trt. */
  default boolean sendsHeaders() {
    return true;
  }
}
