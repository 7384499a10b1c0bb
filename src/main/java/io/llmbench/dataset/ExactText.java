package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Text for a token prompt that re-encodes to the intended number of tokens. Decoding a token list
 * and encoding the text again often gives a different count (merges across the joins, characters
 * cut mid-byte), so this is vLLM's {@code gen_prompt_decode_to_target_len}: decode, re-encode, cut
 * the ids to the target or add more at the end, and try again, at most {@value #MAX_RETRIES} times.
 */
final class ExactText {
  /** vLLM's {@code max_retry}. */
  static final int MAX_RETRIES = 10;

  /**
   * @param text the prompt text
   * @param ids what {@code text} encodes to, without special tokens
   * @param exact whether {@code ids} has the target length
   */
  record Fitted(String text, int[] ids, boolean exact) {}

  private ExactText() {}

  /**
   * @param ids the intended prompt
   * @param target tokens the text must encode to, without special tokens (the server adds those)
   * @param more {@code n} further ids to append when the text came out short
   */
  static Fitted fit(int[] ids, int target, IntFunction<int[]> more, Tokenizer tokenizer) {
    int[] current = ids;
    for (int retries = MAX_RETRIES; ; retries--) {
      String text = tokenizer.decode(current);
      current = tokenizer.encode(text, false);
      if (current.length == target || retries == 0) {
        return new Fitted(text, current, current.length == target);
      }
      current = current.length > target
          ? Arrays.copyOf(current, target)
          : TokenRows.concat(current, more.apply(target - current.length));
    }
  }
}
