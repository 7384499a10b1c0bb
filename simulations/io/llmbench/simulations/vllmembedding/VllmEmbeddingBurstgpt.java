package io.llmbench.simulations.vllmembedding;

import static io.llmbench.backend.Backends.VLLM_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingBurstgpt extends LlmSimulation {
  public VllmEmbeddingBurstgpt() {
    super(VLLM_EMBEDDING, "burstgpt");
  }
}
