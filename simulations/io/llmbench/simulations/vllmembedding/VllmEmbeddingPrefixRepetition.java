package io.llmbench.simulations.vllmembedding;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingPrefixRepetition extends LlmSimulation {
  public VllmEmbeddingPrefixRepetition() {
    super("vllm-embedding", "prefix-repetition");
  }
}
