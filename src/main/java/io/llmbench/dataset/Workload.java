package io.llmbench.dataset;

import java.util.List;

/**
 * A generated dataset: its rows and the figures printed about them.
 *
 * @param rows the requests, in dispatch order
 * @param stats token totals, and how many text prompts re-encode to their intended length where
 *     the dataset checks it
 */
public record Workload(List<DatasetRow> rows, DatasetStats stats) {
  public Workload {
    rows = List.copyOf(rows);
  }

  static Workload of(List<DatasetRow> rows) {
    return new Workload(rows, DatasetStats.of(rows));
  }

  /** The same rows, with a note printed before their totals. */
  Workload withNote(String note) {
    return new Workload(rows, stats.withNote(note));
  }
}
