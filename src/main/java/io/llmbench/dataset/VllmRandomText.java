package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The text prompts of vLLM's {@code RandomDataset} ({@code vllm/benchmarks/datasets/random.py} @ 237145e), which
 * vLLM mode's {@code random} sends as they are and {@code random-mm} sends with images:
 * <ul>
 *   <li>lengths by vLLM's symmetric rule: input uniform in [⌊L·(1−r)⌋, ⌈L·(1+r)⌉] with L = {@code random-input-len}
 *       minus the tokenizer's special tokens, output likewise from {@code random-output-len} and at least 1;
 *       {@code random-range-ratio} must be below 1 (r = 0: fixed lengths);
 *   <li>each prompt: {@code random-prefix-len} random tokens shared by all prompts, then the vocabulary (special
 *       tokens excluded) read in order from a random offset plus the request's index, fitted with {@link ExactText}
 *       to its length (vLLM decodes, re-encodes and truncates).
 * </ul>
 * Drawn in vLLM's order: input lengths, output lengths, offsets, prefix.
 *
 * @param inputLens each request's own tokens, after the prefix
 * @param outputLens each request's output length
 * @param offsets where each request's run starts in the vocabulary (index included)
 * @param prefix the shared prefix
 */
record VllmRandomText(int[] inputLens, int[] outputLens, long[] offsets, int[] prefix, VocabText vocab) {

  /** vLLM refuses a range ratio of 1 or more, which would allow empty prompts. */
  static void validate(DatasetOptions o) {
    if (!(o.randomRangeRatio() < 1)) {
      throw new IllegalArgumentException("random-range-ratio must be in [0, 1) with dataset-name " + o.datasetName()
          + " in vllm's definition (range [L*(1-r), L*(1+r)]), got " + o.randomRangeRatio());
    }
  }

  static VllmRandomText draw(DatasetOptions o, Tokenizer tokenizer, SplittableRandom rng) {
    int prefixLen = o.get(RandomMmDataset.PREFIX_LEN);
    int realInputLen = Math.max(0, o.randomInputLen() - tokenizer.numSpecialTokensToAdd());
    if (prefixLen + Math.floor(realInputLen * (1 - o.randomRangeRatio())) < 1) {
      throw new IllegalArgumentException("random-input-len " + o.randomInputLen() + " is too small for "
          + o.datasetName() + ": with " + tokenizer.numSpecialTokensToAdd() + " special tokens and random-range-ratio "
          + o.randomRangeRatio() + " a prompt could have no token; raise it or random-prefix-len");
    }
    int n = o.numPrompts();
    int[] inputLens = LengthSampler.symmetric(realInputLen, o.randomRangeRatio(), 0, n, rng);
    int[] outputLens = LengthSampler.symmetric(o.randomOutputLen(), o.randomRangeRatio(), 1, n, rng);
    long[] offsets = rng.longs(n, 0, tokenizer.vocabSize()).toArray();
    for (int i = 0; i < n; i++) {
      offsets[i] += i;
    }
    VocabText vocab = VocabText.withoutSpecials(tokenizer);
    return new VllmRandomText(inputLens, outputLens, offsets, vocab.draw(prefixLen, rng), vocab);
  }

  /** Request {@code i}'s prompt; {@code textSeed} fills a shortfall after re-encoding. */
  ExactText.Fitted text(int i, long textSeed) {
    return vocab.fittedRun(prefix, offsets[i], inputLens[i], new SplittableRandom(textSeed));
  }

  /** How many of the rows have exactly the prompt length asked for. */
  int exact(List<DatasetRow> rows) {
    int exact = 0;
    for (int i = 0; i < rows.size(); i++) {
      exact += rows.get(i).promptLen() == prefix.length + inputLens[i] ? 1 : 0;
    }
    return exact;
  }
}
