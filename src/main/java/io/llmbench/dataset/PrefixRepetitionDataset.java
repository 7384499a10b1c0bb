package io.llmbench.dataset;

import io.llmbench.config.OptionSpec;
import io.llmbench.tokenizer.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * {@code prefix-repetition} (vLLM's {@code prefix_repetition}): {@code
 * prefix-repetition-num-prefixes} random prefixes, each shared by {@code num-prompts / num-prefixes}
 * prompts (so fewer rows than asked when it does not divide), each prompt being its prefix followed
 * by its own random suffix. Prefix and suffix are random ids fitted with {@link ExactText} to
 * re-encode to their lengths; {@code prompt_len} is their sum (the join itself may still merge
 * tokens, as in vLLM). Rows are shuffled.
 */
final class PrefixRepetitionDataset implements DatasetGenerator {
  static final OptionSpec<Integer> PREFIX_LEN = OptionSpec.integer("prefix-repetition-prefix-len", 256, 0,
      Integer.MAX_VALUE, "tokens of each shared prefix");
  static final OptionSpec<Integer> SUFFIX_LEN = OptionSpec.integer("prefix-repetition-suffix-len", 256, 0,
      Integer.MAX_VALUE, "tokens of each prompt's own suffix");
  static final OptionSpec<Integer> NUM_PREFIXES = OptionSpec.integer("prefix-repetition-num-prefixes", 10, 1,
      Integer.MAX_VALUE, "distinct prefixes, num-prompts split evenly among them");
  static final OptionSpec<Integer> OUTPUT_LEN = OptionSpec.integer("prefix-repetition-output-len", 128, 1,
      Integer.MAX_VALUE, "output tokens per request");

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(PREFIX_LEN, SUFFIX_LEN, NUM_PREFIXES, OUTPUT_LEN);
  }

  @Override
  public void validate(DatasetOptions o) {
    int prefixes = o.get(NUM_PREFIXES);
    if (o.numPrompts() < prefixes) {
      throw new IllegalArgumentException("num-prompts (" + o.numPrompts() + ") must be >="
          + " prefix-repetition-num-prefixes (" + prefixes + ")");
    }
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    int prefixes = o.get(NUM_PREFIXES);
    int vocabSize = tokenizer.vocabSize();
    IntFunction<int[]> randomIds = n -> rngs.sampling().ints(n, 0, vocabSize).toArray();
    int perPrefix = o.numPrompts() / prefixes;
    List<DatasetRow> rows = new ArrayList<>(perPrefix * prefixes);
    for (int g = 0; g < prefixes; g++) {
      int[] prefix = fitted(o.get(PREFIX_LEN), randomIds, tokenizer);
      for (int k = 0; k < perPrefix; k++) {
        int[] prompt = TokenRows.concat(prefix, fitted(o.get(SUFFIX_LEN), randomIds, tokenizer));
        rows.add(TokenRows.row(prompt, o.get(OUTPUT_LEN), o.tokenizePrompt(), tokenizer));
      }
    }
    return Workload.of(rngs.shuffled(rows));
  }

  private static int[] fitted(int length, IntFunction<int[]> randomIds, Tokenizer tokenizer) {
    return ExactText.fit(randomIds.apply(length), length, randomIds, tokenizer).ids();
  }
}
