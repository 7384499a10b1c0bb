package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.Set;

/** One dataset: a generator of requests. */
interface DatasetGenerator {

  /** Rejects options this dataset cannot use; called before any tokenizer or file is loaded. */
  default void validate(DatasetOptions options) {}

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
