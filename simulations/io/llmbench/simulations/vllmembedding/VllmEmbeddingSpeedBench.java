package io.llmbench.simulations.vllmembedding;

import static io.llmbench.backend.Backends.VLLM_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingSpeedBench extends LlmSimulation {
  public VllmEmbeddingSpeedBench() {
    super(VLLM_EMBEDDING, "speed-bench");
  }
}
