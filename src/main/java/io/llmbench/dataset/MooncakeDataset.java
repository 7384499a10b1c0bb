package io.llmbench.dataset;

import io.llmbench.config.OptionSpec;
import io.llmbench.tokenizer.ChatMessage;
import io.llmbench.tokenizer.ChatTemplate;
import io.llmbench.tokenizer.Tokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code mooncake} (SGLang's Mooncake trace replay): multi-round chat sessions rebuilt from a
 * Mooncake trace's prefix-block ids, one session per record, replayed on the trace's timestamps.
 *
 * <p>The first {@code num-prompts} records of {@code dataset-path} are used, in file order (the
 * published traces are sorted by timestamp, so this is also SGLang's stable sort by timestamp).
 * For each record and each round i = 1..{@code mooncake-num-rounds}, one row, rounds back-to-back:
 *
 * <ul>
 *   <li><b>Base query</b>, read literally from SGLang: for every {@code hash_id}, in order, the
 *       decimal {@code str(hash_id)} immediately followed (no separator) by 128 {@code hi} words
 *       joined by single spaces; these pieces are concatenated with no separator either, and
 *       {@code Tell me a story based on this context.} follows the last one directly. So ids 0
 *       and 1 give {@code "0hi hi … hi1hi hi … hiTell me a story based on this context."}, each
 *       {@code hi} run being 128 words (127 spaces). With no hash id the query is the sentence
 *       alone.
 *   <li><b>Round i</b> appends the user message {@code "Round i: " + base} to the session's
 *       history; the prompt is the history rendered by the tokenizer's chat template with the
 *       generation prompt (nothing stripped: no BOS removal, unlike {@code apply-chat-template}).
 *       Without a chat template the prompt is SGLang's fallback: one {@code role: content} line
 *       per message, joined by {@code \n}, with no trailing newline and no generation prompt.
 *   <li>{@code prompt_len} is the length of {@code encode(prompt)} with special tokens (the
 *       reference tokenizer's default); {@code output_len} is the record's {@code output_length}
 *       (256 when absent).
 *   <li>After the row, the assistant placeholder for the next round is appended to the history:
 *       {@code output_length} copies of {@code story} joined by single spaces (the empty string
 *       for 0).
 *   <li>Every row carries the record's {@code timestamp} (ms) as {@link DatasetRow#timestampMs},
 *       so all rounds of a session share its arrival time.
 * </ul>
 *
 * <p>With a chat backend ({@link DatasetOptions#conversations()}) each record is instead one
 * conversation whose rounds are sent one after another, each with the real replies so far in its
 * history, as a chat client would (SGLang supports only {@code --backend sglang} here).
 *
 * <p>Nothing is downloaded: {@code dataset-path} is required. Prompts are always text ({@code
 * tokenize-prompt} is refused) and always templated (so {@code apply-chat-template} is not an
 * option of this dataset).
 */
final class MooncakeDataset implements DatasetGenerator {
  static final OptionSpec<Integer> NUM_ROUNDS = OptionSpec.integer("mooncake-num-rounds", 1, 1, Integer.MAX_VALUE,
      "user turns per trace session (dataset-path: a Mooncake JSONL trace)");

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(NUM_ROUNDS);
  }

  static final int HI_WORDS = 128;
  static final String QUESTION = "Tell me a story based on this context.";
  static final String PLACEHOLDER_WORD = "story";
  static final int WARMUP_HI_WORDS = 512;
  static final String WARMUP_QUESTION = "Can you tell me a detailed story in 1000 words?";
  private static final String HI_RUN = String.join(" ", Collections.nCopies(HI_WORDS, "hi"));

  @Override
  public Set<BackendNeed> needs(DatasetOptions options) {
    return Set.of(BackendNeed.GENERATION);
  }

  @Override
  public Optional<String> requiredFile() {
    return Optional.of("a Mooncake trace in JSON Lines such as conversation_trace.jsonl (nothing is downloaded unless"
        + " dataset-download.enabled = true, which fetches the mooncake-workload trace; the public traces are in the"
        + " kvcache-ai/Mooncake GitHub repository, FAST25-release/traces/{conversation,synthetic,toolagent}_trace.jsonl"
        + " and FAST25-release/arxiv-trace/mooncake_trace.jsonl)");
  }

  @Override
  public Optional<String> textOnly() {
    return Optional.of("");
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    List<MooncakeTrace.Request> trace = MooncakeTrace.load(o.datasetPath(), o.numPrompts());
    int rounds = o.get(NUM_ROUNDS);
    Optional<ChatTemplate> template = tokenizer.chatTemplate();
    List<DatasetRow> rows = o.conversations() ? conversations(trace, rounds, template, tokenizer)
        : flattened(trace, rounds, template, tokenizer);
    return trace.isEmpty() ? Workload.of(rows) : Workload.of(rows).withWarmup(warmup(trace.get(0), tokenizer));
  }

  /**
   * SGLang's warm-up request (spec §6.3): the first record's ids, each followed by 512 {@code hi}
   * words, then a story request; output capped at 32 tokens.
   */
  static DatasetRow warmup(MooncakeTrace.Request first, Tokenizer tokenizer) {
    String hi = String.join(" ", Collections.nCopies(WARMUP_HI_WORDS, "hi"));
    StringBuilder prompt = new StringBuilder();
    for (long id : first.hashIds()) {
      prompt.append(id).append(hi);
    }
    prompt.append(WARMUP_QUESTION);
    return DatasetRow.ofText(prompt.toString(), tokenizer.encode(prompt.toString(), true).length,
        Math.min(first.outputLength(), 32));
  }

  /**
   * For chat backends: one conversation per record, round i's user message being
   * {@code "Round i: " + base}, sent after the real reply to round i−1 (not SGLang's placeholder).
   * {@code prompt_len} is the first round's templated length, as SGLang counts it.
   */
  private static List<DatasetRow> conversations(List<MooncakeTrace.Request> trace, int rounds,
      Optional<ChatTemplate> template, Tokenizer tokenizer) {
    List<DatasetRow> rows = new ArrayList<>(trace.size());
    for (MooncakeTrace.Request request : trace) {
      String base = baseQuery(request.hashIds());
      String first = "Round 1: " + base;
      List<String> next = new ArrayList<>(rounds - 1);
      for (int i = 2; i <= rounds; i++) {
        next.add("Round " + i + ": " + base);
      }
      int promptLen = tokenizer.encode(prompt(List.of(ChatMessage.user(first)), template), true).length;
      rows.add(DatasetRow.ofText(first, promptLen, request.outputLength())
          .withTimestampMs(request.timestampMs()).withNextTurns(next));
    }
    return rows;
  }

  /** SGLang's replay: every round a request of its own, sent back-to-back with placeholder replies. */
  private static List<DatasetRow> flattened(List<MooncakeTrace.Request> trace, int rounds,
      Optional<ChatTemplate> template, Tokenizer tokenizer) {
    List<DatasetRow> rows = new ArrayList<>(trace.size() * rounds);
    for (MooncakeTrace.Request request : trace) {
      String base = baseQuery(request.hashIds());
      String placeholder = placeholder(request.outputLength());
      List<ChatMessage> history = new ArrayList<>(2 * rounds);
      for (int i = 1; i <= rounds; i++) {
        history.add(ChatMessage.user("Round " + i + ": " + base));
        String prompt = prompt(history, template);
        int promptLen = tokenizer.encode(prompt, true).length;
        rows.add(DatasetRow.ofText(prompt, promptLen, request.outputLength())
            .withTimestampMs(request.timestampMs()));
        history.add(new ChatMessage("assistant", placeholder));
      }
    }
    return rows;
  }

  /** {@code str(id)} + 128 space-joined {@code hi} per id, all concatenated, then the question. */
  static String baseQuery(List<Long> hashIds) {
    StringBuilder query = new StringBuilder(hashIds.size() * (HI_RUN.length() + 8) + 40);
    for (long id : hashIds) {
      query.append(id).append(HI_RUN);
    }
    return query.append(QUESTION).toString();
  }

  /** The assistant reply standing in for round i's answer: {@code n} space-joined {@code story}. */
  static String placeholder(int outputLength) {
    return String.join(" ", Collections.nCopies(outputLength, PLACEHOLDER_WORD));
  }

  /** The chat template's render with the generation prompt, else {@code role: content} lines. */
  static String prompt(List<ChatMessage> history, Optional<ChatTemplate> template) {
    if (template.isPresent()) {
      return template.get().render(history);
    }
    return history.stream().map(m -> m.role() + ": " + m.content())
        .collect(Collectors.joining("\n"));
  }
}
