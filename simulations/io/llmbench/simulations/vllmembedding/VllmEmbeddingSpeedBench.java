package io.llmbench.simulations.vllmembedding;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingSpeedBench extends LlmSimulation {
  public VllmEmbeddingSpeedBench() {
    super("vllm-embedding", "speed-bench");
  }
}
