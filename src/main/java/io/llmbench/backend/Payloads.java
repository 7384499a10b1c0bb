package io.llmbench.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmbench.dataset.BackendNeed;
import io.llmbench.dataset.DatasetRow;
import java.util.Map;

/** Payload pieces shared by the protocols. */
final class Payloads {
  private Payloads() {}

  static ObjectNode object() {
    return Json.MAPPER.createObjectNode();
  }

  /**
   * The prompt as the reference passes it: a string, or the list of token ids.
   *
   * @throws IllegalArgumentException for a messages row or a conversation, which only chat backends send
   */
  static JsonNode prompt(DatasetRow row) {
    chatOnly(row);
    return Json.MAPPER.valueToTree(row.text() != null ? row.text() : row.ids());
  }

  /** The prompt of backends whose field only takes text. */
  static String text(DatasetRow row, String backends) {
    chatOnly(row);
    if (row.text() == null) {
      throw new IllegalArgumentException(backends + " backends need a text prompt, this row holds token ids");
    }
    return row.text();
  }

  private static void chatOnly(DatasetRow row) {
    if (row.needs().contains(BackendNeed.CHAT)) {
      throw new IllegalArgumentException("messages and multi-turn rows need a chat backend ("
          + String.join(", ", Backends.serving(BackendNeed.CHAT)) + ")");
    }
  }

  /** The row's images as the non-standard {@code image_data} list (native and completions), when it has any. */
  static void imageData(ObjectNode body, DatasetRow row) {
    if (!row.images().isEmpty()) {
      body.set("image_data", Json.MAPPER.valueToTree(row.images()));
    }
  }

  /**
   * Python's {@code payload.update(extra)} / {@code {..., **extra}}: existing keys keep their position and take the
   * new value, new keys go to the end in the extra body's iteration order.
   */
  static void merge(ObjectNode body, Map<String, Object> extra) {
    extra.forEach((key, value) -> body.set(key, Json.MAPPER.valueToTree(value)));
  }

  /** The reference's LoRA hack for OpenAI-style servers: the adapter name as both {@code model} and {@code lora_path}. */
  static void loraOverride(ObjectNode body, RequestInput input) {
    if (input.loraName() != null) {
      body.put("model", input.loraName());
      body.put("lora_path", input.loraName());
    }
  }

  /**
   * The defaults an OpenAI-style body takes after the reference's {@code stream} key (spec §4.3, §4.4):
   * {@code temperature} and {@code ignore_eos}, each unless the extra body has it.
   */
  static void openAiDefaults(ObjectNode body, RequestOptions options) {
    Map<String, Object> extra = options.extraBody();
    if (!extra.containsKey("temperature")) {
      body.put("temperature", 0.0);
    }
    if (!extra.containsKey("ignore_eos")) {
      body.put("ignore_eos", options.ignoreEos());
    }
  }

  /** After an OpenAI-style body's own keys: the extra body (it wins), then the LoRA override. */
  static void openAiOverrides(ObjectNode body, RequestInput input, RequestOptions options) {
    merge(body, options.extraBody());
    loraOverride(body, input);
  }

  /** Ends an OpenAI-style body with our {@code stream_options} addition as the last key. */
  static ObjectNode usageOption(ObjectNode body, RequestOptions options) {
    // The effective "stream" value, since the extra body may override it.
    if (options.includeUsage() && body.path("stream").asBoolean() && !options.extraBody().containsKey("stream_options")) {
      body.putObject("stream_options").put("include_usage", true);
    }
    return body;
  }
}
