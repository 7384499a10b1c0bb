package io.llmbench.backend;

import io.llmbench.dataset.DatasetRow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What differs between the requests of a run (the reference's {@code RequestFuncInput} minus the run-wide parts).
 *
 * @param row the dataset row: prompt and output length
 * @param loraName the LoRA adapter chosen for this request ({@link LoraSelection#choose}), or null for none
 * @param turn which turn of the row's conversation this request is (0 for single-turn rows)
 * @param history the conversation so far as a JSON array text: the earlier turns' messages and the server's
 *     replies ({@link Conversations#EMPTY} on the first turn)
 */
public record RequestInput(DatasetRow row, String loraName, int turn, String history) {
  public RequestInput {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(history, "history");
    if (turn < 0 || turn >= row.turns()) {
      throw new IllegalArgumentException("turn " + turn + " of a row with " + row.turns() + " turns");
    }
  }

  /** The first (or only) request of a row. */
  public RequestInput(DatasetRow row, String loraName) {
    this(row, loraName, 0, Conversations.EMPTY);
  }

  /** A request without a LoRA adapter. */
  public static RequestInput of(DatasetRow row) {
    return new RequestInput(row, null);
  }

  /**
   * The run's options with this row's extra body merged over the run's ({@code {**global, **row}}, as the reference),
   * so every backend merges both where it merges the extra body.
   */
  public RequestOptions effective(RequestOptions options) {
    if (row.extraBody().isEmpty()) {
      return options;
    }
    Map<String, Object> merged = new LinkedHashMap<>(options.extraBody());
    merged.putAll(row.extraBody());
    return options.withExtraBody(merged);
  }
}
