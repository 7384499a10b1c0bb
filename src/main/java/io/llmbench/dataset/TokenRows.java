package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.Arrays;

/** Rows whose prompt is built as token ids: sent as ids, or decoded to text. */
final class TokenRows {
  private TokenRows() {}

  /** {@code prompt_len} is the number of ids, as in the reference. */
  static DatasetRow row(int[] ids, int outputLen, boolean sendIds, Tokenizer tokenizer) {
    return sendIds
        ? DatasetRow.ofIds(Arrays.stream(ids).boxed().toList(), ids.length, outputLen)
        : DatasetRow.ofText(tokenizer.decode(ids), ids.length, outputLen);
  }
}
