package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * SGLang's {@code gen_prompt(tokenizer, k)}: {@code k} ids drawn uniformly, with replacement, from a pool of the
 * vocabulary (Python's {@code random.choices}), decoded to text.
 *
 * @param ids the pool
 */
record VocabText(Tokenizer tokenizer, int[] ids) {
  VocabText {
    if (ids.length == 0) {
      throw new IllegalArgumentException("the tokenizer has no ordinary token to draw text from");
    }
  }

  /** Every id of the vocabulary, added and special tokens included, as {@code get_vocab()}. */
  static VocabText all(Tokenizer tokenizer) {
    return new VocabText(tokenizer, tokenizer.allVocabIds());
  }

  /** The vocabulary without its special tokens, image markers among them (the multimodal {@code gen_mm_prompt}). */
  static VocabText withoutSpecials(Tokenizer tokenizer) {
    int[] specials = tokenizer.specialIds();
    return new VocabText(tokenizer, Arrays.stream(tokenizer.allVocabIds())
        .filter(id -> Arrays.binarySearch(specials, id) < 0).toArray());
  }

  /** The reference's text as is: it re-encodes to about {@code length} tokens, seldom exactly. */
  String decoded(int length, RandomGenerator rng) {
    return tokenizer.decode(draw(length, rng));
  }

  /** Random text fitted with {@link ExactText} to re-encode to {@code length} tokens (special tokens not counted). */
  ExactText.Fitted fitted(int length, RandomGenerator rng) {
    return ExactText.fit(draw(length, rng), length, n -> draw(n, rng), tokenizer);
  }

  /**
   * vLLM's {@code RandomDataset} prompt: {@code prefix}, then {@code length} ids of the pool read in order from
   * {@code offset} (wrapping), fitted with {@link ExactText} (shortfalls filled with random ids of the pool).
   */
  ExactText.Fitted fittedRun(int[] prefix, long offset, int length, RandomGenerator rng) {
    int[] run = new int[length];
    for (int k = 0; k < length; k++) {
      run[k] = ids[(int) Math.floorMod(offset + k, (long) ids.length)];
    }
    return ExactText.fit(TokenRows.concat(prefix, run), prefix.length + length, n -> draw(n, rng), tokenizer);
  }

  /** {@code n} ids drawn uniformly, with replacement. */
  int[] draw(int n, RandomGenerator rng) {
    int[] drawn = new int[n];
    for (int i = 0; i < n; i++) {
      drawn[i] = ids[rng.nextInt(ids.length)];
    }
    return drawn;
  }
}
