package io.llmbench.simulations.vllmembedding;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingRandom extends LlmSimulation {
  public VllmEmbeddingRandom() {
    super("vllm-embedding", "random");
  }
}
