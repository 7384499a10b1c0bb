package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code random} (reference §5.1): real text cut or repeated to a sampled token length. Source
 * texts are the first turns of a ShareGPT file, or the built-in {@link SonnetCorpus}.
 *
 * <p>Two deliberate differences from the reference:
 *
 * <ul>
 *   <li>The reference decodes the cut ids and sends that text, which the server re-encodes to a
 *       different count (merges across the repetitions, characters cut mid-byte). Here the text is
 *       fitted with {@link ExactText}: cut to the target or continued with the same repeated
 *       source at its end, until it re-encodes to the target. {@code prompt_len} stays the
 *       reference's target; {@link DatasetStats} reports how many prompts hit it exactly. Prompts
 *       sent as ids ({@code tokenize-prompt}) are the reference's ids, unchanged.
 *   <li>The reference walks the shuffled texts once and returns fewer rows when they run out
 *       (never with ShareGPT_V3's 94k conversations); here the walk wraps around so small corpora
 *       still give {@code num-prompts} rows.
 * </ul>
 */
final class RandomDataset implements DatasetGenerator {

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    PromptLengths lengths = PromptLengths.sample(o, tokenizer, rngs.sampling());
    List<String> texts = rngs.shuffled(sourceTexts(o));
    EncodeCache cache = new EncodeCache(tokenizer);
    // pick each row's source text in order (cheap, seeded) ...
    List<Planned> plans = new ArrayList<>(o.numPrompts());
    int emptyInARow = 0;
    for (int next = 0; plans.size() < o.numPrompts(); next++) {
      int[] ids = cache.encode(texts.get(next % texts.size()));
      if (ids.length == 0) {
        if (++emptyInARow == texts.size()) {
          throw new IllegalArgumentException("dataset-path " + o.datasetPath()
              + ": every first turn encodes to zero tokens");
        }
        continue;
      }
      emptyInARow = 0;
      int i = plans.size();
      plans.add(new Planned(new TokenCycle(ids), lengths.input()[i], lengths.output()[i]));
    }
    if (o.tokenizePrompt()) {
      return Workload.of(plans.stream()
          .map(p -> TokenRows.row(p.source().take(p.target()), p.outputLen(), true, tokenizer)).toList());
    }
    // ... then fit the texts on every core: each row depends only on its own plan, so the result is the same
    List<ExactText.Fitted> fitted = plans.parallelStream()
        .map(p -> ExactText.fit(p.source().take(p.target()), p.target(), p.source()::take, tokenizer))
        .toList();
    List<DatasetRow> rows = new ArrayList<>(plans.size());
    int exact = 0;
    for (int i = 0; i < plans.size(); i++) {
      rows.add(DatasetRow.ofText(fitted.get(i).text(), plans.get(i).target(), plans.get(i).outputLen()));
      exact += fitted.get(i).exact() ? 1 : 0;
    }
    Workload workload = Workload.of(rows);
    return new Workload(workload.rows(), workload.stats().withExactInputs(exact, rows.size()), workload.warmup());
  }

  /** One row before its text is fitted: where its tokens come from, and its lengths. */
  private record Planned(TokenCycle source, int target, int outputLen) {}

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
}
