package io.llmbench.simulations.sglangembedding;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingRandom extends LlmSimulation {
  public SglangEmbeddingRandom() {
    super("sglang-embedding", "random");
  }
}
