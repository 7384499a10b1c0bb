package io.llmbench.dataset;

import io.llmbench.config.OptionSpec;
import io.llmbench.config.Options;
import io.llmbench.tokenizer.Tokenizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One dataset: a generator of requests. */
interface DatasetGenerator {

  /** The options only this dataset reads, declared next to its code (shared ones are {@link Datasets}'). */
  default List<OptionSpec<?>> options() {
    return List.of();
  }

  /** Refuses a combination of this dataset's options, whatever dataset the run uses; called when options are read. */
  default void check(Options values) {}

  /** Rejects options this dataset cannot use; called before any tokenizer or file is loaded. */
  default void validate(DatasetOptions options) {}

  /**
   * What {@code dataset-path} must name, for the message when it is not set; empty for a dataset that needs no file
   * (or has a text of its own).
   */
  default Optional<String> requiredFile() {
    return Optional.empty();
  }

  /**
   * Present when the prompts stay text, so {@code tokenize-prompt} is refused: the refusal's ending after the
   * dataset's name ("" when there is nothing to add); empty when prompts may go as token ids.
   */
  default Optional<String> textOnly() {
    return Optional.empty();
  }

  /** What every row of this dataset, with these options, needs of the backend; nothing is checked or read. */
  default Set<BackendNeed> needs(DatasetOptions options) {
    return Set.of();
  }

  /** Whether {@code apply-chat-template} means something for this dataset. */
  default boolean usesChatTemplate() {
    return false;
  }

  Workload generate(DatasetOptions options, Tokenizer tokenizer, Rngs rngs);
}
