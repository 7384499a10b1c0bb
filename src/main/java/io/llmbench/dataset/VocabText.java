package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.random.RandomGenerator;

/**
 * SGLang's {@code gen_prompt(tokenizer, k)}: {@code k} ids drawn uniformly, with replacement, from every id of the
 * vocabulary (added and special tokens included, as {@code get_vocab()}), decoded to text.
 */
final class VocabText {
  private final Tokenizer tokenizer;
  private final int[] vocab;

  VocabText(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
    this.vocab = tokenizer.allVocabIds();
  }

  /** The reference's text as is: it re-encodes to about {@code length} tokens, seldom exactly. */
  String decoded(int length, RandomGenerator rng) {
    return tokenizer.decode(ids(length, rng));
  }

  /** Random text fitted with {@link ExactText} to re-encode to {@code length} tokens (special tokens not counted). */
  ExactText.Fitted fitted(int length, RandomGenerator rng) {
    return ExactText.fit(ids(length, rng), length, n -> ids(n, rng), tokenizer);
  }

  private int[] ids(int n, RandomGenerator rng) {
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = vocab[rng.nextInt(vocab.length)];
    }
    return ids;
  }
}
