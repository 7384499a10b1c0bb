package io.llmbench.mock;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one generation request asks of the mock, read from its JSON body with the config's defaults filled in.
 *
 * @param endpoint which API
 * @param stream SSE stream rather than one JSON body (see {@link Endpoint#streams})
 * @param outputTokens tokens to generate: at least 1, 0 for embeddings
 * @param promptTokens the prompt length reported back (see {@link #promptTokensOf})
 * @param includeUsage {@code stream_options.include_usage} was true
 * @param model the {@code model} field, else the configured model id
 * @param ttftMs time to first token for this request
 * @param gapMs inter-chunk gap for this request
 * @param tokensPerChunk tokens per content chunk for this request
 * @param fault the body's {@code mock.fail}, or null when the body names none (the fault plan then decides)
 * @param lateHeaders send the response headers with the first chunk instead of at once (prototype's
 *     {@code mock.late_headers}), so a client's header time equals TTFT
 */
record GenerationRequest(
    Endpoint endpoint,
    boolean stream,
    int outputTokens,
    int promptTokens,
    boolean includeUsage,
    String model,
    double ttftMs,
    double gapMs,
    int tokensPerChunk,
    Fault fault,
    boolean lateHeaders) {

  /** Reads a request body; throws IllegalArgumentException (answered with 400) when a field has the wrong type. */
  static GenerationRequest parse(Endpoint endpoint, JsonNode body, MockConfig config) {
    if (!body.isObject()) throw new IllegalArgumentException("request body must be a JSON object");
    JsonNode mock = body.path("mock");
    JsonNode fail = mock.path("fail");
    return new GenerationRequest(
        endpoint,
        endpoint.streams(body),
        endpoint.generates() ? outputTokensOf(body, config.defaultOutputTokens()) : 0,
        promptTokensOf(endpoint, body),
        body.path("stream_options").path("include_usage").asBoolean(false),
        body.path("model").isTextual() ? body.get("model").asText() : config.model(),
        nonNegative(mock, "ttft_ms", config.ttftMs()),
        nonNegative(mock, "gap_ms", config.gapMs()),
        (int) Math.max(1, nonNegative(mock, "tokens_per_chunk", config.tokensPerChunk())),
        fail.isMissingNode() || fail.isNull() ? null : Fault.parse(fail.asText()),
        mock.path("late_headers").asBoolean(false));
  }

  /**
   * The first of {@code max_completion_tokens}, {@code max_tokens}, {@code sampling_params.max_new_tokens} that is
   * present (vLLM's precedence), else the default; at least 1 so every stream has a content chunk.
   */
  static int outputTokensOf(JsonNode body, int fallback) {
    JsonNode[] fields = {
      body.path("max_completion_tokens"), body.path("max_tokens"), body.path("sampling_params").path("max_new_tokens")
    };
    for (JsonNode n : fields) {
      if (n.isNumber()) return Math.max(1, n.asInt());
    }
    return fallback;
  }

  /**
   * Prompt length as the mock approximates it: the length of {@code input_ids} or of a token-id {@code prompt} /
   * {@code input} list, else the number of white-space separated words in the prompt text ({@code text},
   * {@code prompt}, {@code text_input}, {@code input}, every chat message's string content or text parts). Real
   * servers count tokens; words are close enough for a mock and need no tokenizer.
   */
  static int promptTokensOf(Endpoint endpoint, JsonNode body) {
    return switch (endpoint) {
      case GENERATE -> body.path("input_ids").isArray() ? body.get("input_ids").size() : words(body.path("text"));
      case COMPLETIONS, TRUSS -> words(body.path("prompt"));
      case TRT -> words(body.path("text_input"));
      case EMBEDDINGS -> words(body.path("input"));
      case CHAT -> {
        int n = 0;
        for (JsonNode message : body.path("messages")) n += words(message.path("content"));
        yield n;
      }
    };
  }

  /** Words in a string, a token-id list (one per id), a list of strings, or chat content parts ({@code text}). */
  private static int words(JsonNode n) {
    if (n.isTextual()) return wordCount(n.asText());
    int count = 0;
    for (JsonNode item : n) {
      count += item.isNumber() ? 1 : item.isObject() ? words(item.path("text")) : words(item);
    }
    return count;
  }

  static int wordCount(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) count++;
      inWord = !space;
    }
    return count;
  }

  private static double nonNegative(JsonNode mock, String field, double fallback) {
    JsonNode n = mock.path(field);
    if (n.isMissingNode() || n.isNull()) return fallback;
    if (!n.isNumber() || n.asDouble() < 0) {
      throw new IllegalArgumentException("mock." + field + " must be a non-negative number");
    }
    return n.asDouble();
  }
}
