package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * SGLang's {@code gen_prompt}: the decoded text of ids drawn uniformly, with replacement, from a pool of the
 * vocabulary (Python's {@code random.choices}).
 *
 * @param ids the pool
 */
record VocabText(int[] ids) {
  VocabText {
    if (ids.length == 0) {
      throw new IllegalArgumentException("the tokenizer has no ordinary token to draw text from");
    }
  }

  /** The vocabulary without its special tokens, image markers among them (the multimodal {@code gen_mm_prompt}). */
  static VocabText withoutSpecials(Tokenizer tokenizer) {
    int[] specials = tokenizer.specialIds();
    return new VocabText(Arrays.stream(tokenizer.allVocabIds())
        .filter(id -> Arrays.binarySearch(specials, id) < 0).toArray());
  }

  /** The text of {@code length} drawn ids. */
  String draw(int length, RandomGenerator rng, Tokenizer tokenizer) {
    int[] drawn = new int[length];
    for (int i = 0; i < length; i++) {
      drawn[i] = ids[rng.nextInt(ids.length)];
    }
    return tokenizer.decode(drawn);
  }
}
