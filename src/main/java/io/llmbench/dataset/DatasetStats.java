package io.llmbench.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * The token totals the reference prints after building a dataset, plus, where checked, how many
 * text prompts re-encode to exactly the intended number of tokens, and any figures of the dataset's own.
 *
 * @param inputTokens sum of {@code prompt_len}
 * @param outputTokens sum of {@code output_len}
 * @param exactInputs prompts whose text re-encodes to exactly the intended length
 * @param checkedInputs prompts checked; 0 when the dataset does not check (its lengths are counted
 *     from the text itself, or the prompt is sent as ids)
 * @param details further lines the reference prints for this dataset, printed after the others
 */
public record DatasetStats(
    long inputTokens, long outputTokens, int exactInputs, int checkedInputs, List<String> details) {
  public DatasetStats {
    details = List.copyOf(details);
  }

  public static DatasetStats of(List<DatasetRow> rows) {
    return new DatasetStats(
        rows.stream().mapToLong(DatasetRow::promptLen).sum(),
        rows.stream().mapToLong(DatasetRow::outputLen).sum(), 0, 0, List.of());
  }

  DatasetStats withExactInputs(int exact, int checked) {
    return new DatasetStats(inputTokens, outputTokens, exact, checked, details);
  }

  DatasetStats withDetails(List<String> lines) {
    return new DatasetStats(inputTokens, outputTokens, exactInputs, checkedInputs, lines);
  }

  /**
   * {@code #Input tokens: N} and {@code #Output tokens: N}, as the reference prints them, then
   * {@code #Exact input lengths: E/C} when checked, then the details.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>(
        List.of("#Input tokens: " + inputTokens, "#Output tokens: " + outputTokens));
    if (checkedInputs > 0) {
      lines.add("#Exact input lengths: " + exactInputs + "/" + checkedInputs);
    }
    lines.addAll(details);
    return List.copyOf(lines);
  }
}
