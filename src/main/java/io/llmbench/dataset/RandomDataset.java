package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code random} (reference §5.1): real text cut or repeated to a sampled token length. Source
 * texts are the first turns of a ShareGPT file, or the built-in {@link SonnetCorpus}.
 *
 * <p>One deliberate difference: the reference walks the shuffled texts once and returns fewer
 * rows when they run out (never with ShareGPT_V3's 94k conversations); here the walk wraps around
 * so small corpora still give {@code num-prompts} rows.
 */
final class RandomDataset implements DatasetGenerator {

  @Override
  public List<DatasetRow> generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    PromptLengths lengths = PromptLengths.sample(o, tokenizer, rngs.sampling());
    List<String> texts = rngs.shuffled(sourceTexts(o));
    EncodeCache cache = new EncodeCache(tokenizer);
    List<DatasetRow> rows = new ArrayList<>(o.numPrompts());
    int emptyInARow = 0;
    for (int next = 0; rows.size() < o.numPrompts(); next++) {
      int[] ids = cache.encode(texts.get(next % texts.size()));
      if (ids.length == 0) {
        if (++emptyInARow == texts.size()) {
          throw new IllegalArgumentException("dataset-path " + o.datasetPath()
              + ": every first turn encodes to zero tokens");
        }
        continue;
      }
      emptyInARow = 0;
      int i = rows.size();
      rows.add(TokenRows.row(
          repeatTo(ids, lengths.input()[i]), lengths.output()[i], o.tokenizePrompt(), tokenizer));
    }
    return rows;
  }

  private static List<String> sourceTexts(DatasetOptions o) {
    if (o.datasetPath() == null) {
      return SonnetCorpus.passages();
    }
    List<String> prompts =
        ShareGptFile.load(o.datasetPath()).stream().map(ShareGptFile.Pair::prompt).toList();
    if (prompts.isEmpty()) {
      throw new IllegalArgumentException(
          "dataset-path " + o.datasetPath() + " has no conversation with at least 2 turns");
    }
    return prompts;
  }

  /** The ids cut to {@code length}, or repeated ⌈length/ids⌉ times and cut: the same thing. */
  private static int[] repeatTo(int[] ids, int length) {
    int[] out = new int[length];
    for (int k = 0; k < length; k++) {
      out[k] = ids[k % ids.length];
    }
    return out;
  }
}
