package io.llmbench.simulations.sglangembedding;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingSpeedBench extends LlmSimulation {
  public SglangEmbeddingSpeedBench() {
    super("sglang-embedding", "speed-bench");
  }
}
