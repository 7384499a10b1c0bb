package io.llmbench.backend;

import io.llmbench.dataset.DatasetRow;
import java.util.Objects;

/**
 * What differs between the requests of a run (the reference's {@code RequestFuncInput} minus the run-wide parts).
 *
 * @param row the dataset row: prompt and output length
 * @param loraName the LoRA adapter chosen for this request ({@link LoraSelection#choose}), or null for none
 */
public record RequestInput(DatasetRow row, String loraName) {
  public RequestInput {
    Objects.requireNonNull(row, "row");
  }

  /** A request without a LoRA adapter. */
  public static RequestInput of(DatasetRow row) {
    return new RequestInput(row, null);
  }
}
