package io.llmbench.simulations.sglangembedding;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingCustom extends LlmSimulation {
  public SglangEmbeddingCustom() {
    super("sglang-embedding", "custom");
  }
}
