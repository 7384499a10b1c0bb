package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.List;
import java.util.Optional;

/**
 * SGLang's {@code mmmu} dataset (spec §5.7) read from a local file ({@link MmmuFile}) instead of the Hugging Face
 * hub: {@code num-prompts} examples drawn at random (all of them, in file order, when there are not more), each
 * {@code "Question: <question>\n\nAnswer: "} with its image as a PNG {@code data:} URL, {@code random-output-len}
 * output tokens. Examples without an image are skipped, so there may be fewer rows. See {@link MultimodalDataset}
 * for what differs from SGLang.
 */
final class MmmuDataset implements MultimodalDataset {

  @Override
  public Optional<String> requiredFile() {
    return Optional.of("a JSON Lines file of questions and images made from MMMU/MMMU (nothing is downloaded), see"
        + " docs/datasets-mmmu.md");
  }

  @Override
  public Workload generate(DatasetOptions o, Tokenizer tokenizer, Rngs rngs) {
    List<MmmuFile.Example> examples = MmmuFile.read(o.datasetPath());
    // SGLang's random.sample of num-prompts indices when the file has more
    List<MmmuFile.Example> chosen =
        examples.size() > o.numPrompts() ? rngs.shuffled(examples).subList(0, o.numPrompts()) : examples;
    List<DatasetRow> rows = chosen.parallelStream()
        .filter(e -> e.image() != null)
        .map(e -> MultimodalDataset.row("Question: " + e.question() + "\n\nAnswer: ", o.randomOutputLen(),
            List.of(e.pngDataUrl()), tokenizer))
        .toList();
    Workload workload = Workload.of(rows);
    return new Workload(rows, workload.stats().withDetails(List.of(
        "#Examples without an image, skipped: " + (chosen.size() - rows.size()),
        TEXT_ONLY,
        "Created " + rows.size() + " MMMU prompts")));
  }
}
