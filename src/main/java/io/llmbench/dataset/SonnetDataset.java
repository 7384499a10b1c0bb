package io.llmbench.dataset;

import io.llmbench.config.OptionSpec;
import io.llmbench.tokenizer.ChatTemplate;
import io.llmbench.tokenizer.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code sonnet} (vLLM's {@code SonnetDataset}, marked deprecated there): poem lines after a
 * fixed instruction. Every prompt starts with the same leading lines (about {@code
 * sonnet-prefix-len} tokens, a shared prefix for the server's cache) followed by randomly chosen
 * lines, as many as the average line length says fit in {@code sonnet-input-len}; drawings whose
 * templated prompt is longer than that are discarded and drawn again.
 *
 * <p>Lengths count the prompt wrapped in the chat template (so a template is required), encoded
 * with special tokens, as vLLM counts them. The text sent is the raw prompt, as vLLM sends it to
 * chat backends, or the templated one with {@code apply-chat-template}, as vLLM sends it to
 * completions backends. Lines are those of {@code dataset-path}, or of the built-in sonnets.
 */
final class SonnetDataset implements DatasetGenerator {
  static final OptionSpec<Integer> INPUT_LEN = OptionSpec.integer("sonnet-input-len", 550, 1, Integer.MAX_VALUE,
      "upper bound of each templated prompt, in tokens");
  static final OptionSpec<Integer> OUTPUT_LEN = OptionSpec.integer("sonnet-output-len", 150, 1, Integer.MAX_VALUE,
      "output tokens per request");
  static final OptionSpec<Integer> PREFIX_LEN = OptionSpec.integer("sonnet-prefix-len", 200, 0, Integer.MAX_VALUE,
      "tokens of the leading lines every prompt shares");

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(INPUT_LEN, OUTPUT_LEN, PREFIX_LEN);
  }

  private static final String BASE_PROMPT = "Pick as many lines as you can from these poem lines:\n";
  private static final String EXPECTED = "a text file of poem lines such as vLLM's sonnet.txt";
  // vLLM draws forever when no drawing fits; this many misses in a row ends with an error instead.
  private static final int MAX_MISSES_IN_A_ROW = 1000;

  @Override
  public Optional<String> textOnly() {
    return Optional.of("");
  }

  @Override
  public boolean usesChatTemplate() {
    return true;
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    ChatTemplate template = ChatPrompts.template(tokenizer, "dataset-name sonnet");
    List<String> lines = lines(o);
    EncodeCache cache = new EncodeCache(tokenizer);
    double averageLen = lines.stream().mapToInt(line -> cache.encode(line).length).average()
        .orElseThrow();
    int inputLen = o.get(INPUT_LEN);
    int baseLen = cache.encode(template.renderUser(BASE_PROMPT)).length;
    if (inputLen <= baseLen) {
      throw new IllegalArgumentException("sonnet-input-len (" + inputLen + ") must be higher"
          + " than the base prompt length (" + baseLen + " tokens with the chat template)");
    }
    // Python's round() rounds halves to even, as Math.rint does.
    int inputLines = (int) Math.rint((inputLen - baseLen) / averageLen);
    int prefixLines = Math.max((int) Math.rint((o.get(PREFIX_LEN) - baseLen) / averageLen), 0);
    String prefix =
        BASE_PROMPT + String.join("", lines.subList(0, Math.min(prefixLines, lines.size())));
    List<DatasetRow> rows = new ArrayList<>(o.numPrompts());
    for (int misses = 0; rows.size() < o.numPrompts(); ) {
      StringBuilder prompt = new StringBuilder(prefix);
      for (int k = prefixLines; k < inputLines; k++) {
        prompt.append(lines.get(rngs.shuffling().nextInt(lines.size())));
      }
      String templated = template.renderUser(prompt.toString());
      int promptLen = tokenizer.encode(templated, true).length;
      if (promptLen <= inputLen) {
        rows.add(DatasetRow.ofText(
            o.applyChatTemplate() ? templated : prompt.toString(), promptLen, o.get(OUTPUT_LEN)));
        misses = 0;
      } else if (++misses == MAX_MISSES_IN_A_ROW) {
        throw new IllegalArgumentException("sonnet: " + misses + " drawings in a row were longer"
            + " than sonnet-input-len (" + inputLen + "), the last " + promptLen
            + " tokens; raise sonnet-input-len or lower sonnet-prefix-len");
      }
    }
    return Workload.of(rows);
  }

  private static List<String> lines(DatasetOptions o) {
    if (o.datasetPath() == null) {
      return TextFile.lines(SonnetCorpus.text());
    }
    List<String> lines = new ArrayList<>();
    TextFile.forEachLine(o.datasetPath(), EXPECTED, (number, line) -> lines.add(line));
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(
          "dataset-path " + o.datasetPath() + " at line 1: the file is empty; expected " + EXPECTED);
    }
    return lines;
  }
}
