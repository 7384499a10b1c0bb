package io.llmbench.dataset;

import io.llmbench.tokenizer.Tokenizer;
import java.util.List;

/** One dataset: a generator of requests. */
interface DatasetGenerator {

  /** Rejects options this dataset cannot use; called before any tokenizer or file is loaded. */
  default void validate(DatasetOptions options) {}

  List<DatasetRow> generate(DatasetOptions options, Tokenizer tokenizer, Rngs rngs);
}
