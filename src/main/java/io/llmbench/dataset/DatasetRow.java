package io.llmbench.dataset;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One request of a workload (or one conversation, when it has next turns), fixed before load starts.
 *
 * @param text the prompt as text, or null when the prompt is sent as token ids or messages
 * @param ids the prompt as token ids (sent as {@code input_ids}), or null
 * @param messages the prompt as an OpenAI {@code messages} array in JSON text, sent as is by chat backends
 *     ({@code openai} dataset), or null
 * @param promptLen input tokens as the reference client counts them for this dataset
 * @param outputLen requested output tokens ({@code max_tokens} / {@code max_new_tokens}), of every turn
 * @param timestampMs when a trace says the request arrived (milliseconds, any origin), or null
 * @param images images sent with the prompt, as {@code data:} URLs (chat: {@code image_url} parts; native and
 *     completions: {@code image_data})
 * @param nextTurns the later turns of a conversation, each the JSON array text of the messages it adds (one user
 *     message for generated-shared-prefix and mooncake; user or tool messages for agentic traces): each turn is sent
 *     with the history so far, the server's real replies included (chat backends only)
 * @param routingKey the value of the {@code X-SMG-Routing-Key} header, or null for none
 * @param extraBody this row's own extra request body; its keys win over the run's {@code extra-request-body}
 */
public record DatasetRow(
    String text,
    List<Integer> ids,
    String messages,
    int promptLen,
    int outputLen,
    Long timestampMs,
    List<String> images,
    List<String> nextTurns,
    String routingKey,
    Map<String, Object> extraBody) {
  public DatasetRow {
    if (Stream.of(text, ids, messages).filter(Objects::nonNull).count() != 1) {
      throw new IllegalArgumentException("exactly one of text, ids and messages must be set");
    }
    ids = ids == null ? null : List.copyOf(ids);
    images = List.copyOf(images);
    nextTurns = List.copyOf(nextTurns);
    if (!nextTurns.isEmpty() && ids != null) {
      throw new IllegalArgumentException("a conversation starts with text or messages, not token ids");
    }
    extraBody = Collections.unmodifiableMap(new LinkedHashMap<>(extraBody));
  }

  public static DatasetRow ofText(String text, int promptLen, int outputLen) {
    return new DatasetRow(Objects.requireNonNull(text), null, null, promptLen, outputLen, null, List.of(), List.of(),
        null, Map.of());
  }

  public static DatasetRow ofIds(List<Integer> ids, int promptLen, int outputLen) {
    return new DatasetRow(null, Objects.requireNonNull(ids), null, promptLen, outputLen, null, List.of(), List.of(),
        null, Map.of());
  }

  /** A prompt given as an OpenAI messages array ({@code messagesJson}: its JSON text). */
  public static DatasetRow ofMessages(String messagesJson, int promptLen, int outputLen) {
    return new DatasetRow(null, null, Objects.requireNonNull(messagesJson), promptLen, outputLen, null, List.of(),
        List.of(), null, Map.of());
  }

  /** The same prompt with another output length (warm-up requests cap it at 32). */
  public DatasetRow withOutputLen(int newOutputLen) {
    return new DatasetRow(text, ids, messages, promptLen, newOutputLen, timestampMs, images, nextTurns, routingKey,
        extraBody);
  }

  /** The same request, arriving at {@code ms} in its trace. */
  public DatasetRow withTimestampMs(long ms) {
    return new DatasetRow(text, ids, messages, promptLen, outputLen, ms, images, nextTurns, routingKey, extraBody);
  }

  public DatasetRow withImages(List<String> dataUrls) {
    return new DatasetRow(text, ids, messages, promptLen, outputLen, timestampMs, dataUrls, nextTurns, routingKey,
        extraBody);
  }

  /** A conversation: this row's prompt, then one user message per later turn, with the replies between. */
  public DatasetRow withNextTurns(List<String> userTexts) {
    return withNextTurnMessages(userTexts.stream().map(DatasetRow::userMessage).toList());
  }

  /** A conversation: this row's prompt, then each turn's messages (JSON array texts), with the replies between. */
  public DatasetRow withNextTurnMessages(List<String> messageArrays) {
    return new DatasetRow(text, ids, messages, promptLen, outputLen, timestampMs, images, messageArrays, routingKey,
        extraBody);
  }

  /** {@code [{"role": "user", "content": text}]} as JSON text. */
  static String userMessage(String text) {
    ArrayNode array = JsonLines.MAPPER.createArrayNode();
    array.addObject().put("role", "user").put("content", text);
    return array.toString();
  }

  public DatasetRow withRoutingKey(String key) {
    return new DatasetRow(text, ids, messages, promptLen, outputLen, timestampMs, images, nextTurns, key, extraBody);
  }

  public DatasetRow withExtraBody(Map<String, Object> body) {
    return new DatasetRow(text, ids, messages, promptLen, outputLen, timestampMs, images, nextTurns, routingKey, body);
  }

  /** What sending this row needs of the backend. */
  public Set<BackendNeed> needs() {
    Set<BackendNeed> needs = EnumSet.noneOf(BackendNeed.class);
    if (messages != null || !nextTurns.isEmpty()) {
      needs.add(BackendNeed.CHAT);
    }
    if (!images.isEmpty()) {
      needs.add(BackendNeed.IMAGES);
    }
    return needs;
  }

  /** Requests this row makes: 1, or the number of turns of a conversation. */
  public int turns() {
    return 1 + nextTurns.size();
  }

  /**
   * The messages turn {@code turn} (0-based) adds to the conversation, as a JSON array text: a text row's first
   * turn is its prompt as a user message (without images), a messages row's is its messages.
   */
  public String turnMessages(int turn) {
    if (turn > 0) {
      return nextTurns.get(turn - 1);
    }
    if (ids != null) {
      throw new IllegalArgumentException("a token-id prompt is not a message");
    }
    return messages != null ? messages : userMessage(text);
  }
}
