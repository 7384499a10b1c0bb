package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * {@code random} in vLLM mode: vLLM's {@code RandomDataset}, random token ids decoded to text ({@link
 * VllmRandomText}), instead of SGLang's ShareGPT text cut or repeated to length ({@link RandomDataset}).
 */
final class VllmRandomDataset implements DatasetGenerator {

  @Override
  public void validate(DatasetOptions o) {
    VllmRandomText.validate(o);
  }

  @Override
  public Optional<String> textOnly() {
    return Optional.of(" in vllm mode (vLLM sends the decoded text)");
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    SplittableRandom rng = rngs.sampling();
    VllmRandomText plan = VllmRandomText.draw(o, tokenizer, rng);
    long[] textSeeds = rng.longs(o.numPrompts()).toArray();
    // every row depends only on its own draws, so building them on every core gives the same rows
    List<DatasetRow> rows = IntStream.range(0, o.numPrompts()).parallel().mapToObj(i -> {
      ExactText.Fitted text = plan.text(i, textSeeds[i]);
      return DatasetRow.ofText(text.text(), text.ids().length, plan.outputLens()[i]);
    }).toList();
    Workload workload = Workload.of(rows);
    return new Workload(rows, workload.stats().withExactInputs(plan.exact(rows), rows.size()), workload.warmup());
  }
}
