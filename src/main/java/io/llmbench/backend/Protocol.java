package io.llmbench.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmbench.backend.Backend.Streaming;
import io.llmbench.metrics.CachedTokens;

/**
 * One request/response shape of the reference (spec §4.2–§4.7): a payload builder plus a reader for one JSON
 * object of the answer. Everything else about reading a response (SSE framing, errors, TTFT/ITL) is shared.
 */
interface Protocol {
  /** The request body with keys in the reference's order (Python dict order: overwriting keeps the position). */
  ObjectNode body(RequestInput input, RequestOptions options);

  /**
   * What one response object contributes.
   *
   * @param streamed whether the object is a stream chunk rather than a whole non-streaming body
   */
  Chunk read(JsonNode object, boolean streamed) throws BadResponseException;

  default Streaming streaming() {
    return Streaming.OPTIONAL;
  }

  /** How successive objects' text adds up and how ITL is counted. */
  default TextMode textMode() {
    return TextMode.INCREMENTAL;
  }

  /** Auth and user headers go with each request (bench_serving sends none for trt). */
  default boolean sendsHeaders() {
    return true;
  }

  default boolean embedding() {
    return false;
  }

  /** Sends a messages list, so it takes messages rows and conversations. */
  default boolean chat() {
    return false;
  }

  default boolean usesLora() {
    return true;
  }

  enum TextMode {
    /**
     * Native /generate: each object carries the whole text so far and {@code completion_tokens}; ITL is per token
     * (each gap spread over the new tokens) and objects adding no tokens are skipped.
     */
    CUMULATIVE,
    /** OpenAI-style: each chunk carries only new text; ITL is the gap between chunks with text. */
    INCREMENTAL,
    /** trt: like {@link #INCREMENTAL}, but every object is a chunk, even with empty text (the reference times each line). */
    EVERY_OBJECT
  }

  /**
   * @param content the text this object carries ("" when none)
   * @param completionTokens the server's output token count so far, or -1 when this object has none
   * @param promptTokens the server's prompt token count, or -1 where the reference does not read it
   * @param cachedTokens the prefix-cache hit this object reports, or null when it reports none
   * @param choice the object carries a choice: OpenAI's non-empty {@code choices}, elsewhere text (vLLM's test)
   */
  record Chunk(String content, int completionTokens, int promptTokens, CachedTokens cachedTokens, boolean choice) {
    Chunk(String content, int completionTokens, int promptTokens, CachedTokens cachedTokens) {
      this(content, completionTokens, promptTokens, cachedTokens, !content.isEmpty());
    }

    /** Text alone: the reference reads no server counts on this path (trt, truss, embeddings). */
    static Chunk text(String content) {
      return new Chunk(content, -1, -1, null);
    }

    /** An OpenAI-style chunk: tokens from {@code usage.completion_tokens}, cache hits as {@link #cachedTokens}. */
    static Chunk withUsage(String content, JsonNode object) {
      JsonNode choices = object.path("choices");
      return new Chunk(content, Json.count(object.path("usage").path("completion_tokens")), serverPromptTokens(object),
          cachedTokens(object), choices.isArray() && !choices.isEmpty());
    }

    /** The reference's {@code (usage or meta_info or {}).get("prompt_tokens")}; -1 when absent. */
    static int serverPromptTokens(JsonNode object) {
      JsonNode usage = object.path("usage");
      JsonNode reported = Json.nonEmptyObject(usage) ? usage : object.path("meta_info");
      return Json.count(reported.path("prompt_tokens"));
    }

    /** Native {@code meta_info.cached_tokens} and {@code meta_info.cached_tokens_details} (spec §4.2). */
    static CachedTokens metaInfoCachedTokens(JsonNode object) {
      JsonNode meta = object.path("meta_info");
      JsonNode details = meta.path("cached_tokens_details");
      int count = Json.count(meta.path("cached_tokens"));
      if (count < 0 && !details.isObject()) {
        return null;
      }
      return new CachedTokens(Math.max(count, 0), details.isObject() ? details : null);
    }

    /**
     * OpenAI paths (spec §4.3, §4.4): SGLang's {@code sglext.cached_tokens_details}, whose tiers add up to the count;
     * else OpenAI's own {@code usage.prompt_tokens_details.cached_tokens} (vLLM and others send only that one, and
     * the reference would count 0 for them).
     */
    static CachedTokens cachedTokens(JsonNode object) {
      JsonNode details = object.path("sglext").path("cached_tokens_details");
      if (Json.nonEmptyObject(details)) {
        return CachedTokens.fromTiers(details);
      }
      int openAi = Json.count(object.path("usage").path("prompt_tokens_details").path("cached_tokens"));
      return openAi < 0 ? null : new CachedTokens(openAi, null);
    }
  }
}
