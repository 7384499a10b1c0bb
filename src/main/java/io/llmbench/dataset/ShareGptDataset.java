package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code sharegpt} (reference §5.3): real (prompt, completion) pairs, shuffled, made into rows by {@link
 * ShareGptRows} until {@code num-prompts} are kept. May return fewer rows than asked.
 */
final class ShareGptDataset implements DatasetGenerator {

  @Override
  public Optional<String> requiredFile() {
    return ShareGptRows.requiredFile("a ShareGPT JSON file such as ShareGPT_V3_unfiltered_cleaned_split.json");
  }

  @Override
  public Optional<String> textOnly() {
    return Optional.of("");
  }

  @Override
  public void validate(DatasetOptions o) {
    ShareGptRows.validate(o);
  }

  @Override
  public boolean usesChatTemplate() {
    return true;
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    List<ShareGptFile.Pair> pairs = rngs.shuffled(ShareGptFile.load(o.datasetPath()));
    ShareGptRows builder = new ShareGptRows(o, tokenizer);
    List<DatasetRow> rows = new ArrayList<>(Math.min(o.numPrompts(), pairs.size()));
    for (ShareGptFile.Pair pair : pairs) {
      if (rows.size() == o.numPrompts()) {
        break;
      }
      builder.text(pair.prompt(), pair.completion()).ifPresent(rows::add);
    }
    return Workload.of(rows);
  }
}
