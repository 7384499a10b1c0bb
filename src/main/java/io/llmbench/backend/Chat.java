package io.llmbench.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    body.set("messages", Conversations.messages(input));
    body.put("max_completion_tokens", input.row().outputLen());
    body.put("stream", options.stream());
    Payloads.openAiDefaults(body, options);
    Payloads.openAiOverrides(body, input, options);
    return Payloads.usageOption(body, options);
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
