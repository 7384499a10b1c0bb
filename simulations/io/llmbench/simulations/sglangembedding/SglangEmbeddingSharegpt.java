package io.llmbench.simulations.sglangembedding;

import static io.llmbench.backend.Backends.SGLANG_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingSharegpt extends LlmSimulation {
  public SglangEmbeddingSharegpt() {
    super(SGLANG_EMBEDDING, "sharegpt");
  }
}
