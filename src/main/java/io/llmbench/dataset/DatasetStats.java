package io.llmbench.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * The token totals the reference prints after building a dataset, plus, where checked, how many
 * text prompts re-encode to exactly the intended number of tokens.
 *
 * @param inputTokens sum of {@code prompt_len}
 * @param outputTokens sum of {@code output_len}, of every turn of a conversation
 * @param exactInputs prompts whose text re-encodes to exactly the intended length
 * @param checkedInputs prompts checked; 0 when the dataset does not check (its lengths are counted
 *     from the text itself, or the prompt is sent as ids)
 * @param notes what the dataset says about its file before the totals (lines skipped, lengths approximated)
 * @param details further lines the dataset prints about itself after the totals (e.g. image counts and sizes)
 */
public record DatasetStats(long inputTokens, long outputTokens, int exactInputs, int checkedInputs,
    List<String> notes, List<String> details) {
  public DatasetStats {
    notes = List.copyOf(notes);
    details = List.copyOf(details);
  }

  public static DatasetStats of(List<DatasetRow> rows) {
    return new DatasetStats(
        rows.stream().mapToLong(DatasetRow::promptLen).sum(),
        rows.stream().mapToLong(r -> (long) r.outputLen() * r.turns()).sum(), 0, 0, List.of(), List.of());
  }

  DatasetStats withExactInputs(int exact, int checked) {
    return new DatasetStats(inputTokens, outputTokens, exact, checked, notes, details);
  }

  /** These figures with one more note line. */
  DatasetStats withNote(String note) {
    List<String> more = new ArrayList<>(notes);
    more.add(note);
    return new DatasetStats(inputTokens, outputTokens, exactInputs, checkedInputs, more, details);
  }

  DatasetStats withDetails(List<String> lines) {
    return new DatasetStats(inputTokens, outputTokens, exactInputs, checkedInputs, notes, lines);
  }

  /**
   * The notes, then {@code #Input tokens: N} and {@code #Output tokens: N}, as the reference prints them, then
   * {@code #Exact input lengths: E/C} when checked, then the details.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>(notes);
    lines.addAll(List.of("#Input tokens: " + inputTokens, "#Output tokens: " + outputTokens));
    if (checkedInputs > 0) {
      lines.add("#Exact input lengths: " + exactInputs + "/" + checkedInputs);
    }
    lines.addAll(details);
    return List.copyOf(lines);
  }
}
