package io.llmbench.simulations.sglangembedding;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingRandomIds extends LlmSimulation {
  public SglangEmbeddingRandomIds() {
    super("sglang-embedding", "random-ids");
  }
}
