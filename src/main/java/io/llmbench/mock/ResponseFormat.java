package io.llmbench.mock;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * One API's response shape: the JSON of its non-streaming body and, for the APIs that stream
 * ({@link StreamFormat}), of each SSE event. Implementations only format; when and how much to send comes from
 * {@link ChunkPlan}. Generated text is {@link MockTokens} words, which need no escaping, so the per-chunk work is
 * string concatenation.
 */
sealed interface ResponseFormat permits StreamFormat, EmbeddingsFormat {

  /**
   * What every format echoes back.
   *
   * @param id response id (without an API's prefix)
   * @param created Unix seconds at receipt
   * @param includeUsage a streaming client asked for the usage-only chunk
   */
  record Meta(String id, String model, long created, int promptTokens, int completionTokens, boolean includeUsage) {}

  static ResponseFormat of(Endpoint endpoint, Meta meta, boolean roleChunk) {
    return switch (endpoint) {
      case CHAT -> new ChatFormat(meta, roleChunk);
      case COMPLETIONS, TRUSS -> new CompletionsFormat(meta); // a Truss model streams OpenAI completions chunks
      case GENERATE -> new GenerateFormat(meta);
      case TRT -> new TrtFormat();
      case EMBEDDINGS -> new EmbeddingsFormat(meta);
    };
  }

  /** The whole non-streaming response body for the full generated {@code text}. */
  String whole(String text);

  /** A JSON string literal (for ids and model names, which come from outside). */
  static String quote(String s) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
  }

  /** The OpenAI usage object. */
  static String usageJson(Meta m) {
    return "{\"prompt_tokens\":" + m.promptTokens() + ",\"completion_tokens\":" + m.completionTokens()
        + ",\"total_tokens\":" + (m.promptTokens() + m.completionTokens()) + "}";
  }

  /** The OpenAI-style error body used for every non-200 answer and the in-stream error event. */
  static String errorJson(int code, String type, String message) {
    return "{\"error\":{\"message\":" + quote(message) + ",\"type\":" + quote(type) + ",\"code\":" + code + "}}";
  }
}
