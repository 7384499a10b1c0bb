package io.llmbench.simulations.sglangembedding;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingSharegpt extends LlmSimulation {
  public SglangEmbeddingSharegpt() {
    super("sglang-embedding", "sharegpt");
  }
}
