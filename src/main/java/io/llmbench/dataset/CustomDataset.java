package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code custom} (reference §5.4): ShareGPT-like JSON Lines ({@link CustomFile}), shuffled; each record's first two
 * turns make a row as in {@code sharegpt} ({@link ShareGptRows}) until {@code num-prompts} are kept.
 *
 * <p>A record with an {@code image} (a path relative to the dataset file's folder) makes an image row: the image as
 * a {@code data:} URL ({@link ImageFile}), {@code <image 1>} removed from the prompt and the result stripped, then
 * the suffix; no chat template. Images go with the backends of the reference's image rows only (sglang,
 * sglang-native, sglang-oai-chat, vllm-chat): another backend is refused before load, where the reference
 * skips such records with a printed error. Where we differ, because we cannot run the
 * model's HF processor: the prompt length counts the text tokens only (the reference adds the vision tokens its
 * processor produces), and native backends receive the text itself rather than the processor's templated prompt
 * with its image placeholders. An image that cannot be read skips its record, as the reference's {@code except},
 * and the skips are counted in a note.
 */
final class CustomDataset implements DatasetGenerator {
  private static final String IMAGE_PLACEHOLDER = "<image 1>";

  @Override
  public Optional<String> requiredFile() {
    return ShareGptRows.requiredFile(CustomFile.EXPECTED);
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
    CustomFile.Content content = CustomFile.load(o.datasetPath());
    List<CustomFile.Entry> entries = rngs.shuffled(content.entries());
    Path folder = o.datasetPath().toAbsolutePath().getParent();
    ShareGptRows builder = new ShareGptRows(o, tokenizer);
    List<DatasetRow> rows = new ArrayList<>(Math.min(o.numPrompts(), entries.size()));
    List<String> unreadable = new ArrayList<>();
    for (CustomFile.Entry entry : entries) {
      if (rows.size() == o.numPrompts()) {
        break;
      }
      if (entry.image() == null) {
        builder.text(entry.prompt(), entry.completion()).ifPresent(rows::add);
        continue;
      }
      String dataUrl;
      try {
        dataUrl = ImageFile.dataUrl(folder.resolve(entry.image()));
      } catch (UncheckedIOException e) {
        unreadable.add(e.getMessage());
        continue;
      }
      String prompt = entry.prompt().replace(IMAGE_PLACEHOLDER, "").strip();
      builder.image(prompt, entry.completion(), dataUrl).ifPresent(rows::add);
    }
    Workload workload = Workload.of(rows);
    if (content.skipped() > 0) {
      workload = workload.withNote("custom: skipped " + content.skipped() + " line(s) of " + o.datasetPath()
          + " that are not JSON");
    }
    if (!unreadable.isEmpty()) {
      workload = workload.withNote("custom: skipped " + unreadable.size() + " record(s) whose image cannot be read,"
          + " first: " + unreadable.get(0));
    }
    return workload;
  }
}
