package io.llmbench.dataset;

import io.llmbench.config.OptionSpec;
import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.tokenizer.ChatTemplate;
import io.llmbench.tokenizer.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code speed-bench} (SGLang, spec §5.11): NVIDIA SPEED-Bench prompts from a local JSON Lines file (its
 * {@code throughput_1k} preparation), one object per line with {@code turns} (a list of strings) and an optional
 * {@code category}.
 *
 * <ul>
 *   <li>{@code speed-bench-category} keeps only the lines of that category.
 *   <li>The prompt is the first turn rendered by the chat template (generation prompt on) into token ids and decoded
 *       back to text; {@code prompt_len} is the number of those ids. Without a chat template: the raw turn and the
 *       length of its encoding (special tokens added), as the reference's fallback.
 *   <li>{@code output_len} = {@code speed-bench-output-len} for every row.
 *   <li>{@code num-prompts} at most the number of lines: a seeded sample without repetition; more: the lines repeated,
 *       cut to {@code num-prompts} and shuffled.
 * </ul>
 */
final class SpeedBenchDataset implements DatasetGenerator {
  private static final List<String> CATEGORIES = List.of("low_entropy", "mixed", "high_entropy");
  static final OptionSpec<String> CATEGORY = OptionSpec.optionalString("speed-bench-category",
      "keep one category; null: all").check(c -> {
        if (c != null && !CATEGORIES.contains(c)) {
          throw new IllegalArgumentException(
              "expected null or one of " + String.join(", ", CATEGORIES));
        }
      }).allowing("low_entropy | mixed | high_entropy, or null");
  static final OptionSpec<Integer> OUTPUT_LEN = OptionSpec.integer("speed-bench-output-len", 512, 1, Integer.MAX_VALUE,
      "output tokens per request");

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(CATEGORY, OUTPUT_LEN);
  }

  static final String EXPECTED = "SPEED-Bench JSON Lines: {\"turns\": [\"<prompt>\", ...], \"category\":"
      + " \"low_entropy\" | \"mixed\" | \"high_entropy\"} per line";

  @Override
  public Optional<String> requiredFile() {
    return Optional.of(EXPECTED + " (nothing is downloaded)");
  }

  @Override
  public Optional<String> textOnly() {
    return Optional.of("");
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    List<String> prompts = firstTurns(o.datasetPath(), o.get(CATEGORY));
    if (prompts.isEmpty()) {
      throw new IllegalArgumentException("dataset-path " + o.datasetPath() + " has no prompt"
          + (o.get(CATEGORY) == null ? "" : " of category " + o.get(CATEGORY)));
    }
    Optional<ChatTemplate> template = tokenizer.chatTemplate();
    List<DatasetRow> unique = new ArrayList<>(prompts.size());
    for (String turn : prompts) {
      unique.add(row(turn, template, tokenizer, o.get(OUTPUT_LEN)));
    }
    return Workload.of(sample(unique, o.numPrompts(), rngs));
  }

  private static DatasetRow row(String turn, Optional<ChatTemplate> template, Tokenizer tokenizer, int outputLen) {
    if (template.isEmpty()) {
      return DatasetRow.ofText(turn, tokenizer.encode(turn, true).length, outputLen);
    }
    int[] ids = tokenizer.encode(template.get().renderUser(turn), false);
    return DatasetRow.ofText(tokenizer.decode(ids), ids.length, outputLen);
  }

  /** {@code random.sample} when there are enough rows, else the rows repeated, cut and shuffled. */
  static List<DatasetRow> sample(List<DatasetRow> unique, int n, Rngs rngs) {
    if (n <= unique.size()) {
      return rngs.shuffled(unique).subList(0, n);
    }
    List<DatasetRow> repeated = new ArrayList<>(n);
    while (repeated.size() < n) {
      repeated.addAll(unique.subList(0, Math.min(unique.size(), n - repeated.size())));
    }
    return rngs.shuffled(repeated);
  }

  /** The first turn of every line of {@code category} (every line when null). */
  private static List<String> firstTurns(Path file, String category) {
    List<String> turns = new ArrayList<>();
    for (JsonLines.Line line : JsonLines.read(file, EXPECTED, Integer.MAX_VALUE)) {
      JsonNode turnList = line.value().path("turns");
      if (!turnList.isArray() || turnList.isEmpty() || !turnList.get(0).isTextual()) {
        throw JsonLines.malformed(file, line.number(), "'turns' is " + JsonLines.describe(line.value().get("turns"))
            + ", not a list starting with a string", EXPECTED);
      }
      if (category == null || category.equals(line.value().path("category").asText(null))) {
        turns.add(turnList.get(0).asText());
      }
    }
    return turns;
  }
}
