package io.llmbench.dataset;

import java.util.List;
import java.util.Optional;

/**
 * A generated dataset: its rows and the figures printed about them.
 *
 * @param rows the requests, in dispatch order
 * @param stats token totals, and how many text prompts re-encode to their intended length where
 *     the dataset checks it
 * @param warmup the warm-up request where the dataset has its own (mooncake, spec §6.3); empty:
 *     the first row, its output capped
 */
public record Workload(List<DatasetRow> rows, DatasetStats stats, Optional<DatasetRow> warmup) {
  public Workload {
    rows = List.copyOf(rows);
  }

  public Workload(List<DatasetRow> rows, DatasetStats stats) {
    this(rows, stats, Optional.empty());
  }

  static Workload of(List<DatasetRow> rows) {
    return new Workload(rows, DatasetStats.of(rows));
  }

  Workload withWarmup(DatasetRow row) {
    return new Workload(rows, stats, Optional.of(row));
  }

  /** The same rows, with a note printed before their totals. */
  Workload withNote(String note) {
    return new Workload(rows, stats.withNote(note), warmup);
  }
}
