package io.llmbench.dataset;

import io.llmbench.config.OptionSpec;
import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.tokenizer.Tokenizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code agentic-trace} (SGLang, spec §5.12): recorded agent sessions replayed as conversations.
 *
 * <p>{@code dataset-path} is a JSON object whose {@code conversations} is a list of conversations, each a list of
 * turns {@code {"messages": [<the turn's new non-assistant messages>], "prompt_tokens": N}}. The list is rotated by
 * {@code dataset-offset} (modulo its size), the first {@code num-prompts} conversations are kept, each cut to
 * {@code agentic-max-turns} turns. A row is one conversation: its first turn's messages, then each later turn's,
 * every turn sent after the server's real reply to the previous one joined the history (chat backends only).
 * {@code output_len} = {@code sharegpt-output-len}, else {@value #DEFAULT_OUTPUT_LEN}, for every turn;
 * {@code prompt_len} = the first turn's {@code prompt_tokens} (informational: the server's count replaces it).
 */
final class AgenticTraceDataset implements DatasetGenerator {
  static final OptionSpec<Integer> OFFSET = OptionSpec.integer("dataset-offset", 0, 0, Integer.MAX_VALUE,
      "conversations skipped first (the list is rotated)");
  static final OptionSpec<Integer> MAX_TURNS = OptionSpec.optionalInteger("agentic-max-turns", 1, Integer.MAX_VALUE,
      "turns kept per conversation; null: all");

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(OFFSET, MAX_TURNS);
  }

  static final int DEFAULT_OUTPUT_LEN = 220;
  private static final String EXPECTED = "an agentic trace: {\"conversations\": [[{\"messages\": [...],"
      + " \"prompt_tokens\": N}, ...], ...]}";

  @Override
  public Set<BackendNeed> needs(DatasetOptions options) {
    return Set.of(BackendNeed.CHAT);
  }

  @Override
  public Optional<String> requiredFile() {
    return Optional.of(EXPECTED);
  }

  @Override
  public Optional<String> textOnly() {
    return Optional.of("");
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    JsonNode conversations = read(o);
    int n = conversations.size();
    int outputLen = o.sharegptOutputLen() != null ? o.sharegptOutputLen() : DEFAULT_OUTPUT_LEN;
    Integer maxTurns = o.get(MAX_TURNS);
    List<DatasetRow> rows = new ArrayList<>();
    for (int k = 0; k < Math.min(n, o.numPrompts()); k++) {
      int index = Math.floorMod(k + o.get(OFFSET), n);
      JsonNode turns = conversations.get(index);
      if (!turns.isArray() || turns.isEmpty()) {
        throw malformed(o, "conversation " + index + " is not a non-empty list of turns");
      }
      int kept = maxTurns == null ? turns.size() : Math.min(turns.size(), maxTurns);
      List<String> messages = new ArrayList<>(kept);
      for (int t = 0; t < kept; t++) {
        JsonNode m = turns.get(t).path("messages");
        if (!m.isArray() || m.isEmpty()) {
          throw malformed(o, "turn " + t + " of conversation " + index + " has no messages list");
        }
        messages.add(m.toString());
      }
      int promptLen = turns.get(0).path("prompt_tokens").asInt(0);
      rows.add(DatasetRow.ofMessages(messages.get(0), promptLen, outputLen)
          .withNextTurnMessages(messages.subList(1, messages.size())));
    }
    return Workload.of(rows);
  }

  private static JsonNode read(DatasetOptions o) {
    JsonNode root;
    try {
      root = JsonLines.MAPPER.readTree(o.datasetPath().toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(o.datasetPath() + ": not readable as JSON (" + e.getMessage()
          + "); expected " + EXPECTED, e);
    }
    JsonNode conversations = root == null ? null : root.get("conversations");
    if (conversations == null || !conversations.isArray()) {
      throw malformed(o, "no \"conversations\" list at the top level");
    }
    return conversations;
  }

  private static IllegalArgumentException malformed(DatasetOptions o, String problem) {
    return new IllegalArgumentException(o.datasetPath() + ": " + problem + "; expected " + EXPECTED);
  }
}
