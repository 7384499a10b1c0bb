package io.llmbench.simulations.sglangembedding;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingPrefixRepetition extends LlmSimulation {
  public SglangEmbeddingPrefixRepetition() {
    super("sglang-embedding", "prefix-repetition");
  }
}
