package io.llmbench.simulations.vllmembedding;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingSharegpt extends LlmSimulation {
  public VllmEmbeddingSharegpt() {
    super("vllm-embedding", "sharegpt");
  }
}
