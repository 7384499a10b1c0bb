package io.llmbench.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmbench.dataset.DatasetRow;

/** OpenAI {@code POST /v1/chat/completions} (spec §4.4). */
final class Chat implements Protocol {
  /**
   * @throws IllegalArgumentException for a token-id row: the reference would send the ids as the messages list,
   *     which no server accepts
   */
  @Override
  public ObjectNode body(RequestInput input, RequestOptions options) {
    ObjectNode body = Payloads.object();
    body.put("model", options.model());
    body.set("messages", messages(input));
    body.put("max_completion_tokens", input.row().outputLen());
    body.put("stream", options.stream());
    Payloads.openAiDefaults(body, options);
    Payloads.openAiOverrides(body, input, options);
    return Payloads.usageOption(body, options);
  }

  /**
   * A messages row as is; else the conversation so far and this turn's user message, whose content lists the
   * row's images ({@code image_url} parts) before the text part when it has any (spec §4.4).
   */
  private static ArrayNode messages(RequestInput input) {
    DatasetRow row = input.row();
    if (row.messages() != null) {
      try {
        return (ArrayNode) Json.MAPPER.readTree(row.messages());
      } catch (JsonProcessingException | ClassCastException e) {
        throw new IllegalArgumentException("the row's messages are not a JSON array", e);
      }
    }
    if (row.text() == null) {
      throw new IllegalArgumentException("chat backends need a text prompt, this row holds token ids");
    }
    ArrayNode messages = Json.MAPPER.createArrayNode();
    input.history().forEach(m -> messages.addObject().put("role", m.role()).put("content", m.content()));
    ObjectNode user = messages.addObject().put("role", "user");
    String text = row.userText(input.turn());
    if (row.images().isEmpty() || input.turn() > 0) {
      user.put("content", text);
    } else {
      ArrayNode parts = user.putArray("content");
      row.images().forEach(url -> parts.addObject().put("type", "image_url").putObject("image_url").put("url", url));
      parts.addObject().put("type", "text").put("text", text);
    }
    return messages;
  }

  @Override
  public boolean chat() {
    return true;
  }

  /**
   * Content = reasoning ({@code reasoning_content}, else vLLM-Kimi's {@code reasoning}) + {@code content}, from the
   * chunk's {@code delta} or the body's {@code message}; role-only and empty deltas carry none.
   */
  @Override
  public Chunk read(JsonNode object, boolean streamed) {
    JsonNode message = object.path("choices").path(0).path(streamed ? "delta" : "message");
    String reasoning = Json.text(message.path("reasoning_content"));
    if (reasoning.isEmpty()) {
      reasoning = Json.text(message.path("reasoning"));
    }
    return Chunk.withUsage(reasoning + Json.text(message.path("content")), object);
  }
}
