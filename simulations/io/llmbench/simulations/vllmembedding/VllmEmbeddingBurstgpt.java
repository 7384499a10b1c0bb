package io.llmbench.simulations.vllmembedding;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingBurstgpt extends LlmSimulation {
  public VllmEmbeddingBurstgpt() {
    super("vllm-embedding", "burstgpt");
  }
}
