package io.llmbench.simulations.vllmembedding;

import static io.llmbench.backend.Backends.VLLM_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingSharegpt extends LlmSimulation {
  public VllmEmbeddingSharegpt() {
    super(VLLM_EMBEDDING, "sharegpt");
  }
}
