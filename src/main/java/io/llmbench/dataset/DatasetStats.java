package io.llmbench.dataset;

import java.util.List;

/**
 * The token totals the reference prints after building a dataset.
 *
 * @param inputTokens sum of {@code prompt_len}
 * @param outputTokens sum of {@code output_len}
 */
public record DatasetStats(long inputTokens, long outputTokens) {

  public static DatasetStats of(List<DatasetRow> rows) {
    return new DatasetStats(
        rows.stream().mapToLong(DatasetRow::promptLen).sum(),
        rows.stream().mapToLong(DatasetRow::outputLen).sum());
  }

  /** {@code #Input tokens: N} and {@code #Output tokens: N}, as the reference prints them. */
  public List<String> lines() {
    return List.of("#Input tokens: " + inputTokens, "#Output tokens: " + outputTokens);
  }
}
