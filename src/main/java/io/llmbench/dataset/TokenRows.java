package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.Arrays;

/** Rows whose prompt is built as token ids: sent as ids, or decoded to text. */
final class TokenRows {
  private TokenRows() {}

  /** {@code prompt_len} is the number of ids, as in the references. */
  static DatasetRow row(int[] ids, int outputLen, boolean sendIds, Tokenizer tokenizer) {
    return sendIds
        ? DatasetRow.ofIds(Arrays.stream(ids).boxed().toList(), ids.length, outputLen)
        : DatasetRow.ofText(tokenizer.decode(ids), ids.length, outputLen);
  }

  static int[] concat(int[] head, int[] tail) {
    int[] out = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, out, head.length, tail.length);
    return out;
  }

  /** The run {@code (start + j) mod vocabSize} for j in [0, length). */
  static int[] consecutive(long start, int length, int vocabSize) {
    int[] ids = new int[length];
    for (int j = 0; j < length; j++) {
      ids[j] = (int) ((start + j) % vocabSize);
    }
    return ids;
  }
}
