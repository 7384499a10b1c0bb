package io.llmbench.dataset;

import io.llmbench.config.OptionSpec;
import io.llmbench.tokenizer.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code burstgpt} (vLLM's {@code BurstGPTDataset}): the request and response token counts of the
 * trace's rows of one model ({@code burstgpt-model}: GPT-4, as vLLM, or ChatGPT) with a positive response (failed
 * requests have 0). {@code num-prompts} rows
 * are sampled, without replacement when the trace has enough, else with. Request i is the
 * synthetic run of ids {@code (i + j) mod vocab_size} of the row's request length, decoded (or sent
 * as ids with {@code tokenize-prompt}); {@code prompt_len} is that length and the output length
 * the row's response tokens. The trace's timestamps are not used, as in vLLM.
 */
final class BurstGptDataset implements DatasetGenerator {
  // vLLM keeps the GPT-4 rows only; the traces hold more ChatGPT rows, a different length mix
  static final OptionSpec<String> MODEL = OptionSpec.oneOf("burstgpt-model", "GPT-4", List.of("GPT-4", "ChatGPT"),
      "whose rows of the trace are replayed (vLLM: GPT-4)");

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(MODEL);
  }

  @Override
  public Optional<String> requiredFile() {
    return Optional.of("a BurstGPT CSV such as BurstGPT_1.csv (nothing is downloaded)");
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    String model = o.get(MODEL);
    List<BurstGptFile.Request> trace = BurstGptFile.load(o.datasetPath(), model).stream()
        .filter(r -> r.responseTokens() > 0).toList();
    if (trace.isEmpty()) {
      throw new IllegalArgumentException("dataset-path " + o.datasetPath() + " has no " + model
          + " row with Response tokens > 0");
    }
    List<BurstGptFile.Request> sample = sample(trace, o.numPrompts(), rngs);
    int vocabSize = tokenizer.vocabSize();
    List<DatasetRow> rows = new ArrayList<>(sample.size());
    for (int i = 0; i < sample.size(); i++) {
      int[] ids = TokenRows.consecutive(i, sample.get(i).requestTokens(), vocabSize);
      rows.add(TokenRows.row(ids, sample.get(i).responseTokens(), o.tokenizePrompt(), tokenizer));
    }
    return Workload.of(rows);
  }

  /** pandas' {@code DataFrame.sample(n)}: without replacement if it can, else with. */
  private static List<BurstGptFile.Request> sample(
      List<BurstGptFile.Request> trace, int n, Rngs rngs) {
    if (n <= trace.size()) {
      return rngs.shuffled(trace).subList(0, n);
    }
    List<BurstGptFile.Request> drawn = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      drawn.add(trace.get(rngs.shuffling().nextInt(trace.size())));
    }
    return drawn;
  }
}
