package io.llmbench.simulations.vllmembedding;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingRandomIds extends LlmSimulation {
  public VllmEmbeddingRandomIds() {
    super("vllm-embedding", "random-ids");
  }
}
