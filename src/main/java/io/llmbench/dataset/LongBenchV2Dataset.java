package io.llmbench.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmbench.tokenizer.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code longbench_v2} (reference §5.10): LongBench-v2 multiple-choice questions (THUDM/LongBench-v2, split {@code
 * train}) from a JSON Lines file, shuffled. Prompt: {@code context}, a blank line, {@code Question: <question>}, the
 * lines {@code A. <choice_A>} to {@code D. <choice_D>}, then {@code Answer:}. {@code prompt_len} is the prompt's
 * token count (special tokens included); {@code output_len} is {@code sharegpt-output-len}, else 10; rows whose
 * prompt and output exceed {@code sharegpt-context-len} are skipped. May return fewer rows than asked.
 *
 * <p>Nothing is downloaded. The reference also reads {@code .parquet} (through pandas); here that needs a Parquet
 * reader this project does not ship, so such a path is refused with the conversion to JSON Lines to use. As in the
 * reference, every non-blank line must be JSON; each record must have the six fields, as strings.
 */
final class LongBenchV2Dataset implements DatasetGenerator {
  static final int DEFAULT_OUTPUT_LEN = 10;
  static final String EXPECTED = "LongBench-v2 records in JSON Lines: {\"context\": ..., \"question\": ...,"
      + " \"choice_A\": ..., \"choice_B\": ..., \"choice_C\": ..., \"choice_D\": ..., ...} per line";
  private static final List<String> CHOICES = List.of("A", "B", "C", "D");

  @Override
  public Optional<String> requiredFile() {
    return Optional.of(EXPECTED
        + " (nothing is downloaded; the data set is THUDM/LongBench-v2 on the Hugging Face Hub, data.json)");
  }

  @Override
  public void validate(DatasetOptions o) {
    if (o.datasetPath().toString().endsWith(".parquet")) {
      throw new IllegalArgumentException("dataset-path " + o.datasetPath() + ": Parquet is not supported (it needs a"
          + " Parquet reader this project does not include); convert it to JSON Lines, e.g. python -c \"import"
          + " pandas as pd; pd.read_parquet('in.parquet').to_json('out.jsonl', orient='records', lines=True,"
          + " force_ascii=False)\"");
    }
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    List<JsonLines.Line> records =
        rngs.shuffled(JsonLines.read(o.datasetPath(), EXPECTED, Integer.MAX_VALUE));
    int outputLen = o.sharegptOutputLen() != null ? o.sharegptOutputLen() : DEFAULT_OUTPUT_LEN;
    List<DatasetRow> rows = new ArrayList<>(Math.min(o.numPrompts(), records.size()));
    for (JsonLines.Line record : records) {
      if (rows.size() >= o.numPrompts()) {
        break;
      }
      String prompt = prompt(record, o.datasetPath());
      int promptLen = tokenizer.encode(prompt, true).length;
      if (o.sharegptContextLen() == null || promptLen + outputLen <= o.sharegptContextLen()) {
        rows.add(DatasetRow.ofText(prompt, promptLen, outputLen));
      }
    }
    return Workload.of(rows);
  }

  /** The reference's {@code _format_prompt}. */
  static String prompt(JsonLines.Line record, Path file) {
    StringBuilder prompt = new StringBuilder(field(record, "context", file)).append("\n\n")
        .append("Question: ").append(field(record, "question", file)).append('\n');
    for (String choice : CHOICES) {
      prompt.append(choice).append(". ").append(field(record, "choice_" + choice, file)).append('\n');
    }
    return prompt.append("Answer:").toString();
  }

  private static String field(JsonLines.Line record, String name, Path file) {
    JsonNode value = record.value().get(name);
    if (value == null || !value.isTextual()) {
      String problem = record.value().isObject()
          ? "'" + name + "' is " + JsonLines.describe(value) + ", not a string" : "not a JSON object";
      throw JsonLines.malformed(file, record.number(), problem, EXPECTED);
    }
    return value.textValue();
  }
}
