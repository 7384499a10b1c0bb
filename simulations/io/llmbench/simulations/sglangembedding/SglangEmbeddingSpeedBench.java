package io.llmbench.simulations.sglangembedding;

import static io.llmbench.backend.Backends.SGLANG_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingSpeedBench extends LlmSimulation {
  public SglangEmbeddingSpeedBench() {
    super(SGLANG_EMBEDDING, "speed-bench");
  }
}
