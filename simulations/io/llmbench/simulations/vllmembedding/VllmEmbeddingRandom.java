package io.llmbench.simulations.vllmembedding;

import static io.llmbench.backend.Backends.VLLM_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingRandom extends LlmSimulation {
  public VllmEmbeddingRandom() {
    super(VLLM_EMBEDDING, "random");
  }
}
