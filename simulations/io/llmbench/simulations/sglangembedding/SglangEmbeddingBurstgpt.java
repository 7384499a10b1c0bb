package io.llmbench.simulations.sglangembedding;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingBurstgpt extends LlmSimulation {
  public SglangEmbeddingBurstgpt() {
    super("sglang-embedding", "burstgpt");
  }
}
