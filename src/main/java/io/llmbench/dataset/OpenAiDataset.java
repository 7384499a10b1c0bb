package io.llmbench.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.python.PythonJson;
import io.llmbench.tokenizer.ChatMessage;
import io.llmbench.tokenizer.ChatTemplate;
import io.llmbench.tokenizer.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code openai} (reference §5.9): recorded OpenAI chat requests, one JSON object per line, replayed in file order
 * (no shuffle) on chat backends.
 *
 * <ul>
 *   <li>The first {@code num-prompts} lines that are JSON are read (all when 0); lines that are not JSON are skipped
 *       and counted; lines whose {@code messages} is missing or empty (Python-false: also null, "" or {}) are
 *       then dropped.
 *   <li>The row's prompt is the {@code messages} list, sent as is; {@code output_len} is {@code sharegpt-output-len}
 *       unless unset or 0 (the reference's {@code or}), else the line's {@code max_tokens}, else 256. It goes out as
 *       the chat backend's {@code max_completion_tokens}.
 *   <li>Every other key but {@code max_completion_tokens} and {@code model} (e.g. {@code tools}, {@code temperature})
 *       becomes the row's own extra body, in file order, which wins over {@code extra-request-body}.
 *   <li>{@code prompt_len} is the token count of the messages rendered by the chat template with the generation
 *       prompt (no special tokens added, as {@code apply_chat_template(tokenize=True)}), plus that of {@code
 *       json.dumps(tools)} (special tokens included) when the line has tools.
 * </ul>
 *
 * <p>Where we differ: {@link ChatTemplate} renders plain-text system, user and assistant messages only. When the
 * tokenizer has no chat template, or a line has other roles (tool), other keys (tool_calls, name) or content parts,
 * its {@code prompt_len} is approximated by the token count of the messages' texts (string contents and the text of
 * text parts) joined by newlines, without special tokens, and the number of approximated rows is printed.
 */
final class OpenAiDataset implements DatasetGenerator {
  static final int DEFAULT_OUTPUT_LEN = 256;
  static final String EXPECTED = "JSON Lines of OpenAI chat requests: {\"messages\": [{\"role\": \"user\","
      + " \"content\": ...}, ...], \"max_tokens\": <optional>, <other request keys>} per line";
  // handled as the row's prompt and output length, or replaced by the run's model
  private static final Set<String> NOT_EXTRA = Set.of("messages", "max_tokens", "max_completion_tokens", "model");
  private static final Set<String> TEMPLATE_ROLES = Set.of("system", "user", "assistant");

  @Override
  public Set<BackendNeed> needs(DatasetOptions options) {
    return Set.of(BackendNeed.CHAT);
  }

  @Override
  public Optional<String> requiredFile() {
    return Optional.of(EXPECTED + " (nothing is downloaded)");
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    Path file = o.datasetPath();
    JsonLines.Content content = JsonLines.readSkippingInvalid(
        file, EXPECTED, o.numPrompts() > 0 ? o.numPrompts() : Integer.MAX_VALUE);
    Optional<ChatTemplate> template = tokenizer.chatTemplate();
    List<DatasetRow> rows = new ArrayList<>(content.lines().size());
    int approximated = 0;
    for (JsonLines.Line line : content.lines()) {
      JsonNode request = line.value();
      if (!request.isObject()) {
        throw JsonLines.malformed(file, line.number(), "not a JSON object", EXPECTED);
      }
      JsonNode messages = messages(request, file, line.number());
      if (messages == null) {
        continue;
      }
      Map<String, Object> extra = extraBody(request);
      Optional<List<ChatMessage>> plain = template.isPresent() ? plain(messages) : Optional.empty();
      int promptLen = plain.isPresent()
          ? tokenizer.encode(template.get().render(plain.get()), false).length
          : tokenizer.encode(texts(messages), false).length;
      approximated += plain.isPresent() ? 0 : 1;
      if (extra.containsKey("tools")) {
        promptLen += tokenizer.encode(PythonJson.dumps(extra.get("tools")), true).length;
      }
      rows.add(DatasetRow.ofMessages(json(messages), promptLen, outputLen(o, request, file, line.number()))
          .withExtraBody(extra));
    }
    Workload workload = Workload.of(rows);
    if (content.skipped() > 0) {
      workload = workload.withNote("openai: skipped " + content.skipped() + " line(s) of " + file
          + " that are not JSON");
    }
    workload = workload.withNote("Loaded " + rows.size() + " OpenAI-format requests");
    if (approximated > 0) {
      workload = workload.withNote("openai: the prompt lengths of " + approximated + " of " + rows.size()
          + " requests are approximated by their message texts (" + (template.isEmpty()
              ? "tokenizer '" + tokenizer.name() + "' has no chat template"
              : "tool messages, tool calls or content parts, which the chat template here cannot render") + ")");
    }
    return workload;
  }

  /** The line's messages, or null to drop it (the reference's {@code if not messages}). */
  private static JsonNode messages(JsonNode request, Path file, int line) {
    JsonNode messages = request.get("messages");
    if (messages == null || falsy(messages)) {
      return null;
    }
    if (!messages.isArray()) {
      throw JsonLines.malformed(file, line, "'messages' is " + JsonLines.describe(messages) + ", not a list",
          EXPECTED);
    }
    for (JsonNode message : messages) {
      if (!message.isObject()) {
        throw JsonLines.malformed(file, line, "a message is " + JsonLines.describe(message) + ", not an object",
            EXPECTED);
      }
    }
    return messages;
  }

  /** Python's truthiness of a parsed JSON value: null, false, 0, "", [] and {} are false. */
  private static boolean falsy(JsonNode value) {
    return value.isNull() || value.isBoolean() && !value.booleanValue()
        || value.isNumber() && value.doubleValue() == 0 || value.isTextual() && value.textValue().isEmpty()
        || value.isContainerNode() && value.isEmpty();
  }

  private static int outputLen(DatasetOptions o, JsonNode request, Path file, int line) {
    if (o.sharegptOutputLen() != null && o.sharegptOutputLen() != 0) {
      return o.sharegptOutputLen();
    }
    JsonNode maxTokens = request.get("max_tokens");
    if (maxTokens == null) {
      return DEFAULT_OUTPUT_LEN;
    }
    if (!maxTokens.isIntegralNumber() || !maxTokens.canConvertToInt() || maxTokens.intValue() < 0) {
      throw JsonLines.malformed(file, line, "'max_tokens' is " + JsonLines.describe(maxTokens)
          + ", not a count of tokens", EXPECTED);
    }
    return maxTokens.intValue();
  }

  /** The keys sent as the row's extra body, as plain Java values (maps keep the file's key order). */
  static Map<String, Object> extraBody(JsonNode request) {
    Map<String, Object> extra = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : request.properties()) {
      if (!NOT_EXTRA.contains(field.getKey())) {
        extra.put(field.getKey(), JsonLines.MAPPER.convertValue(field.getValue(), Object.class));
      }
    }
    return extra;
  }

  /** The messages as plain-text messages the chat template renders, or empty when one is not such a message. */
  private static Optional<List<ChatMessage>> plain(JsonNode messages) {
    List<ChatMessage> plain = new ArrayList<>(messages.size());
    for (JsonNode message : messages) {
      JsonNode role = message.get("role");
      JsonNode text = message.get("content");
      if (message.size() != 2 || role == null || !TEMPLATE_ROLES.contains(role.asText()) || text == null
          || !text.isTextual()) {
        return Optional.empty();
      }
      plain.add(new ChatMessage(role.asText(), text.textValue()));
    }
    return Optional.of(plain);
  }

  /** The approximation's text: each message's string content or text parts, joined by newlines. */
  static String texts(JsonNode messages) {
    List<String> texts = new ArrayList<>();
    for (JsonNode message : messages) {
      JsonNode content = message.path("content");
      if (content.isTextual()) {
        texts.add(content.textValue());
      } else if (content.isArray()) {
        content.forEach(part -> {
          if (part.path("text").isTextual()) {
            texts.add(part.path("text").textValue());
          }
        });
      }
    }
    return String.join("\n", texts);
  }

  private static String json(JsonNode messages) {
    try {
      return JsonLines.MAPPER.writeValueAsString(messages);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON tree always serializes", e);
    }
  }
}
