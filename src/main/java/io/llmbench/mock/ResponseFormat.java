package io.llmbench.mock;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * One API's response shape: the JSON of each SSE event and of the non-streaming body. Implementations only format;
 * when and how much to send comes from {@link ChunkPlan}. Generated text is {@link MockTokens} words, which need no
 * escaping, so the per-chunk work is string concatenation.
 */
sealed interface ResponseFormat permits ChatFormat, CompletionsFormat, GenerateFormat {

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
      case COMPLETIONS -> new CompletionsFormat(meta);
      case GENERATE -> new GenerateFormat(meta);
    };
  }

  /** The opening event sent before the first content chunk (chat's role-only delta), or null. */
  String opening();

  /**
   * One content event.
   *
   * @param delta the tokens of this chunk
   * @param cumulative all tokens so far, this chunk's included
   * @param cumulativeTokens how many tokens {@code cumulative} holds
   * @param last this is the final content chunk
   */
  String content(String delta, CharSequence cumulative, int cumulativeTokens, boolean last);

  /** The event after the last content chunk carrying the finish reason, or null when the last chunk carries it. */
  String finish();

  /** The usage-only event ({@code "choices": []}), or null when the client did not ask for it. */
  String usage();

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
