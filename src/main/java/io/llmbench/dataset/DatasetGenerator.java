package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;

/** One dataset: a generator of requests. */
interface DatasetGenerator {

  /** Rejects options this dataset cannot use; called before any tokenizer or file is loaded. */
  default void validate(DatasetOptions options) {}

  /** Whether {@code apply-chat-template} means something for this dataset. */
  default boolean usesChatTemplate() {
    return false;
  }

  Workload generate(DatasetOptions options, Tokenizer tokenizer, Rngs rngs);
}
