package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code random-ids} (reference §5.2): request i is the run of consecutive ids {@code (offset_i +
 * i + j) mod vocab_size}, with a uniform random {@code offset_i}.
 */
final class RandomIdsDataset implements DatasetGenerator {

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    PromptLengths lengths = PromptLengths.sample(o, tokenizer, rngs.sampling());
    int vocabSize = tokenizer.vocabSize();
    List<DatasetRow> rows = new ArrayList<>(o.numPrompts());
    for (int i = 0; i < o.numPrompts(); i++) {
      long start = rngs.sampling().nextInt(vocabSize) + (long) i;
      int[] ids = TokenRows.consecutive(start, lengths.input()[i], vocabSize);
      rows.add(TokenRows.row(ids, lengths.output()[i], o.tokenizePrompt(), tokenizer));
    }
    return Workload.of(rows);
  }
}
