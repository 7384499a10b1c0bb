package io.llmbench.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmbench.dataset.DatasetRow;
import java.util.Map;

/** Payload pieces shared by the protocols. */
final class Payloads {
  private Payloads() {}

  static ObjectNode object() {
    return Json.MAPPER.createObjectNode();
  }

  /** The prompt as the reference passes it: a string, or the list of token ids. */
  static JsonNode prompt(DatasetRow row) {
    return Json.MAPPER.valueToTree(row.text() != null ? row.text() : row.ids());
  }

  /**
   * Python's {@code payload.update(extra)} / {@code {..., **extra}}: existing keys keep their position and take the
   * new value, new keys go to the end in the extra body's iteration order.
   */
  static void merge(ObjectNode body, Map<String, Object> extra) {
    extra.forEach((key, value) -> body.set(key, Json.MAPPER.valueToTree(value)));
  }

  /**
   * Completes an OpenAI-style body after the reference's {@code stream} key (spec §4.3, §4.4): the
   * {@code temperature} and {@code ignore_eos} defaults unless the extra body has them, then the extra body (it
   * wins), then our {@code stream_options} addition as the last key.
   */
  static ObjectNode openAi(ObjectNode head, RequestOptions options) {
    Map<String, Object> extra = options.extraBody();
    if (!extra.containsKey("temperature")) {
      head.put("temperature", 0.0);
    }
    if (!extra.containsKey("ignore_eos")) {
      head.put("ignore_eos", options.ignoreEos());
    }
    merge(head, extra);
    // The effective "stream" value, since the extra body may override it.
    if (options.includeUsage() && head.path("stream").asBoolean() && !extra.containsKey("stream_options")) {
      head.putObject("stream_options").put("include_usage", true);
    }
    return head;
  }
}
