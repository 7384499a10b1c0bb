package io.llmbench.dataset;

import java.util.List;
import java.util.Objects;

/**
 * One request of a workload, fixed before load starts.
 *
 * @param text the prompt as text, or null when the prompt is sent as token ids
 * @param ids the prompt as token ids (sent as {@code input_ids}), or null when sent as text
 * @param promptLen input tokens as the reference client counts them for this dataset
 * @param outputLen requested output tokens ({@code max_tokens} / {@code max_new_tokens})
 * @param timestampMs when a trace says the request arrived (milliseconds, any origin), or null
 */
public record DatasetRow(String text, List<Integer> ids, int promptLen, int outputLen, Long timestampMs) {
  public DatasetRow {
    if ((text == null) == (ids == null)) {
      throw new IllegalArgumentException("exactly one of text and ids must be set");
    }
    ids = ids == null ? null : List.copyOf(ids);
  }

  public static DatasetRow ofText(String text, int promptLen, int outputLen) {
    return new DatasetRow(Objects.requireNonNull(text), null, promptLen, outputLen, null);
  }

  public static DatasetRow ofIds(List<Integer> ids, int promptLen, int outputLen) {
    return new DatasetRow(null, Objects.requireNonNull(ids), promptLen, outputLen, null);
  }

  /** The same prompt with another output length (warm-up requests cap it at 32). */
  public DatasetRow withOutputLen(int newOutputLen) {
    return new DatasetRow(text, ids, promptLen, newOutputLen, timestampMs);
  }

  /** The same request, arriving at {@code ms} in its trace. */
  public DatasetRow withTimestampMs(long ms) {
    return new DatasetRow(text, ids, promptLen, outputLen, ms);
  }
}
