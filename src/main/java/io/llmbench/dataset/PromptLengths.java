package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.random.RandomGenerator;

/**
 * Target input and output lengths of the {@code random*} datasets (reference steps 1–2).
 *
 * @param input target prompt tokens per request
 * @param output requested output tokens per request
 */
record PromptLengths(int[] input, int[] output) {

  static PromptLengths sample(DatasetOptions o, Tokenizer tokenizer, RandomGenerator rng) {
    int[] input =
        LengthSampler.sample(o.randomInputLen(), o.randomRangeRatio(), o.numPrompts(), rng);
    int[] output =
        LengthSampler.sample(o.randomOutputLen(), o.randomRangeRatio(), o.numPrompts(), rng);
    if (!o.tokenizePrompt()) {
      // Text is re-tokenized by the server, which adds the special tokens (e.g. BOS) again.
      int specials = tokenizer.numSpecialTokensToAdd();
      for (int i = 0; i < input.length; i++) {
        input[i] = Math.max(input[i] - specials, 0);
      }
    }
    return new PromptLengths(input, output);
  }
}
