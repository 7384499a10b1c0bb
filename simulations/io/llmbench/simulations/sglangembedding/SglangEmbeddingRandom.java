package io.llmbench.simulations.sglangembedding;

import static io.llmbench.backend.Backends.SGLANG_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingRandom extends LlmSimulation {
  public SglangEmbeddingRandom() {
    super(SGLANG_EMBEDDING, "random");
  }
}
