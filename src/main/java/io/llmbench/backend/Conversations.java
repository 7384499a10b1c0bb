package io.llmbench.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmbench.dataset.DatasetRow;

/**
 * The {@code messages} of a chat request and how a conversation's history grows (spec §4.4, §6.8): the history so
 * far, then the messages of this turn; after the reply, both and {@code {"role": "assistant", "content": reply}}
 * make the next turn's history. Histories are JSON array texts, so they stay immutable in a session.
 */
public final class Conversations {
  /** The history before the first turn. */
  public static final String EMPTY = "[]";

  private Conversations() {}

  /**
   * A first turn of a messages row as is; else the history and this turn's messages, where a text row's first turn
   * lists its images ({@code image_url} parts) before the text part when it has any.
   */
  static ArrayNode messages(RequestInput input) {
    DatasetRow row = input.row();
    if (row.ids() != null) {
      throw new IllegalArgumentException("chat backends need a text prompt, this row holds token ids");
    }
    ArrayNode messages = array(input.history());
    if (input.turn() == 0 && row.text() != null && !row.images().isEmpty()) {
      ObjectNode user = messages.addObject().put("role", "user");
      ArrayNode parts = user.putArray("content");
      row.images().forEach(url -> parts.addObject().put("type", "image_url").putObject("image_url").put("url", url));
      parts.addObject().put("type", "text").put("text", row.text());
    } else {
      messages.addAll(array(row.turnMessages(input.turn())));
    }
    return messages;
  }

  /** The history the next turn is sent with: this turn's and the server's real reply added. */
  public static String next(RequestInput input, String reply) {
    ArrayNode history = array(input.history());
    history.addAll(array(input.row().turnMessages(input.turn())));
    history.addObject().put("role", "assistant").put("content", reply);
    return history.toString();
  }

  private static ArrayNode array(String json) {
    try {
      JsonNode node = Json.MAPPER.readTree(json);
      if (node instanceof ArrayNode array) {
        return array;
      }
    } catch (JsonProcessingException e) {
      // reported below
    }
    throw new IllegalArgumentException("messages must be a JSON array, got: "
        + (json.length() > 200 ? json.substring(0, 200) + "..." : json));
  }
}
