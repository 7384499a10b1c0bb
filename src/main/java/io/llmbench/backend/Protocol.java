package io.llmbench.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmbench.dataset.DatasetRow;

/**
 * One request/response shape of the reference (spec §4.2–§4.4): a payload builder plus a reader for one JSON
 * object of the answer. Everything else about reading a response (SSE framing, errors, TTFT/ITL) is shared.
 */
interface Protocol {
  /** The request body with keys in the reference's order (Python dict order: overwriting keeps the position). */
  ObjectNode body(DatasetRow row, RequestOptions options);

  /** How successive objects' text adds up and how ITL is counted. */
  TextMode textMode();

  /**
   * What one response object contributes.
   *
   * @param streamed whether the object is a stream chunk rather than a whole non-streaming body
   */
  Chunk read(JsonNode object, boolean streamed) throws BadResponseException;

  enum TextMode {
    /**
     * Native /generate: each object carries the whole text so far and {@code completion_tokens}; ITL is per token
     * (each gap spread over the new tokens) and objects adding no tokens are skipped.
     */
    CUMULATIVE,
    /** OpenAI-style: each chunk carries only new text; ITL is the gap between content chunks. */
    INCREMENTAL
  }

  /**
   * @param content the text this object carries ("" when none)
   * @param completionTokens the server's output token count so far, or -1 when this object has none
   */
  record Chunk(String content, int completionTokens) {
    /** A chunk whose token count is OpenAI's {@code usage.completion_tokens}. */
    static Chunk withUsage(String content, JsonNode object) {
      return new Chunk(content, Json.count(object.path("usage").path("completion_tokens")));
    }
  }
}
